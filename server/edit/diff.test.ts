import { diffRows } from './diff';

describe('diffRows', () => {
  const before = { id: 'e', name: '甲', region: 'a', aliases: [], employees: 5, website: 'w' };

  it('keeps only the changed properties, by graph name, null for no value', () => {
    const after = { ...before, region: 'b', employees: null, aliases: ['x'] };
    expect(diffRows({ table: 'enterprises', before, after })).toEqual({
      before: { aliases: null, region: 'a', employees: 5 },
      after: { aliases: ['x'], region: 'b', employees: null },
      changed: 3,
    });
  });

  it('finds nothing when nothing changed (an empty list is no value, like null)', () => {
    expect(diffRows({ table: 'enterprises', before, after: { ...before, aliases: null as never } }).changed).toBe(0);
  });

  it('gives every value of a create as after and of a delete as before', () => {
    const created = diffRows({ table: 'enterprises', before: null, after: before });
    expect(created.before).toEqual({});
    expect(created.after).toEqual({ id: 'e', name: '甲', region: 'a', employees: 5, website: 'w' });
    const deleted = diffRows({ table: 'enterprises', before, after: null });
    expect(deleted.before).toEqual(created.after);
  });
});
