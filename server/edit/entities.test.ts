import { ENTITIES, entityId } from './entities';
import { mergeTouches } from './scope';
import { KNOWLEDGE_TABLES } from '../import/tables';
import { parseCursor } from './changes';

describe('the editable kinds', () => {
  it('cover every table but regions and chains, which are not edited through the API, and the ledger, which has its own mutations', () => {
    expect(Object.keys(ENTITIES).sort()).toEqual(
      KNOWLEDGE_TABLES.filter((t) => t !== 'regions' && t !== 'chains').sort(),
    );
  });

  it('make national data touch no region, so only administrators may change it', () => {
    for (const table of ['links', 'chain_links', 'feeds'] as const) {
      const t = mergeTouches(ENTITIES[table]!, [{ id: 'x', chain: 'c', link: 'l', from: 'a', to: 'b' }]);
      expect(t.regions).toEqual([]);
      expect(t.firms).toEqual([]);
    }
  });

  it("make a move touch both regions and both regions' totals", () => {
    const spec = ENTITIES.enterprises!;
    const t = mergeTouches(spec, [
      { id: 'e', region: 'a' },
      { id: 'e', region: 'b' },
    ]);
    expect(t.regions).toEqual(['a', 'b']);
    expect(spec.derived({ id: 'e', region: 'a' }, { id: 'e', region: 'b' })).toEqual({ firms: ['e', 'e'] });
    expect(spec.derived({ id: 'e', region: 'a' }, { id: 'e', region: 'a' })).toEqual({});
  });

  it("refresh the link and the firm's region for production, the groups for holdings", () => {
    const row = { enterprise: 'e', link: 'l', status: 'operating' };
    expect(ENTITIES.produces!.derived(row, null)).toEqual({ links: ['l'], firms: ['e'] });
    expect(ENTITIES.subsidiaries!.derived(null, { child: 'c', parent: 'p' })).toEqual({ groupFirms: ['c', 'p'] });
  });

  it('name an entity by its key', () => {
    expect(
      entityId({ key: ['enterprise', 'link', 'status'], row: { enterprise: 'e', link: 'l', status: 'operating' } }),
    ).toBe('e/l/operating');
  });
});

describe('parseCursor', () => {
  it('reads at:id and refuses anything else', () => {
    expect(parseCursor('1700000000000:0f1e-2d')).toEqual({ at: 1700000000000, id: '0f1e-2d' });
    expect(parseCursor(null)).toBeNull();
    expect(() => parseCursor('abc')).toThrow(/not a cursor/);
  });
});
