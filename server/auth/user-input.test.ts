import { GraphQLError } from 'graphql';
import { checkDisplayName, checkRole, checkScope, checkUsername, normaliseUsername } from './user-input';

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).extensions.field;
  }
  throw new Error('expected a BAD_USER_INPUT');
}

describe('account input', () => {
  it('normalises usernames: case, width and spaces around', () => {
    expect(normaliseUsername('  ＬＩ.Ming ')).toBe('li.ming');
    expect(checkUsername('张三')).toBe('张三');
  });

  it.each(['a', 'has space', 'semi;colon', 'x'.repeat(65), ''])('refuses the username %j, naming the field', (u) => {
    expect(fieldOf(() => checkUsername(u))).toBe('username');
  });

  it('refuses an empty display name and an unknown role, naming the field', () => {
    expect(fieldOf(() => checkDisplayName('  '))).toBe('displayName');
    expect(fieldOf(() => checkRole('superuser'))).toBe('role');
    expect(checkRole('chain_leader')).toBe('chain_leader');
  });

  it.each([
    [{ role: 'recruiter', regions: [], chains: [] }, 'regions'],
    [{ role: 'chain_leader', regions: ['150500'], chains: [] }, 'chains'],
    [{ role: 'viewer', regions: ['150500'], chains: [] }, 'regions'],
    [{ role: 'recruiter', regions: ['150500'], chains: ['aluminium'] }, 'chains'],
    [{ role: 'admin', regions: [], chains: ['aluminium'] }, 'chains'],
    [{ role: 'recruiter', regions: Array.from({ length: 51 }, (_, i) => String(i)), chains: [] }, 'regions'],
  ] as const)('refuses the scope %j, naming %s', (input, field) => {
    expect(fieldOf(() => checkScope({ ...input, regions: [...input.regions], chains: [...input.chains] }))).toBe(field);
  });

  it('accepts a scope that fits the role, without duplicates', () => {
    expect(checkScope({ role: 'chain_leader', regions: ['150500', '150500 '], chains: ['aluminium'] })).toEqual({
      role: 'chain_leader',
      regions: ['150500'],
      chains: ['aluminium'],
    });
    expect(checkScope({ role: 'viewer', regions: [], chains: [] })).toEqual({
      role: 'viewer',
      regions: [],
      chains: [],
    });
  });
});
