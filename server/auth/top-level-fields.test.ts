import { parse, type OperationDefinitionNode } from 'graphql';
import { topLevelFields } from './top-level-fields';

function fields(source: string): string[] {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return topLevelFields({ operation, document }).sort();
}

describe('topLevelFields', () => {
  it('lists root fields, not nested ones', () => {
    expect(fields('{ health { ok } chains { id links { link { id } } } }')).toEqual(['chains', 'health']);
  });

  it('sees through fragment spreads, nested fragments and inline fragments', () => {
    expect(
      fields(`query { health { ok } ...A ... on Query { me { id } } }
        fragment A on Query { ...B }
        fragment B on Query { users { users { id } } }`),
    ).toEqual(['health', 'me', 'users']);
  });

  it('lists an aliased field once per alias', () => {
    expect(fields('mutation { a: logout b: logout }')).toEqual(['logout', 'logout']);
  });

  it('counts a field even when it is skipped', () => {
    expect(fields('query ($no: Boolean!) { health { ok } chains @skip(if: $no) { id } }')).toEqual([
      'chains',
      'health',
    ]);
  });
});
