import { TABLES } from '../import/tables';
import { compareByKey, rowFromGraph } from './rows';

describe('rowFromGraph', () => {
  it("keeps exactly the table's columns, in order, dropping derived properties", () => {
    const row = rowFromGraph('links', {
      id: 'electrolytic_aluminium',
      name: '电解铝',
      nameEn: 'Electrolytic aluminium',
      asOf: '2023',
      nationalOperatingFirms: 12,
    });
    expect(Object.keys(row)).toEqual(TABLES.links.columns.map((c) => c.name));
    expect(row).toEqual({
      id: 'electrolytic_aluminium',
      name: '电解铝',
      name_en: 'Electrolytic aluminium',
      unit: null,
      source: null,
      as_of: '2023',
    });
  });
});

describe('compareByKey', () => {
  it('orders by every key column in turn', () => {
    const order = compareByKey('produces');
    const rows = [
      { enterprise: 'E-b', link: 'alumina', status: 'operating' },
      { enterprise: 'E-a', link: 'power', status: 'operating' },
      { enterprise: 'E-a', link: 'power', status: 'building' },
      { enterprise: 'E-a', link: 'alumina', status: 'planned' },
    ];
    expect([...rows].sort(order)).toEqual([
      { enterprise: 'E-a', link: 'alumina', status: 'planned' },
      { enterprise: 'E-a', link: 'power', status: 'building' },
      { enterprise: 'E-a', link: 'power', status: 'operating' },
      { enterprise: 'E-b', link: 'alumina', status: 'operating' },
    ]);
  });

  it('compares by code unit, not by locale, as Neo4j orders ids', () => {
    const ids = ['a', 'B', '_x', '-y', '9', 'Z'];
    const sorted = ids.map((id) => ({ id })).sort(compareByKey('chains'));
    // A locale collation would put 'a' before 'B'; code units put upper case first.
    expect(sorted.map((r) => r.id)).toEqual(['-y', '9', 'B', 'Z', '_x', 'a']);
  });
});
