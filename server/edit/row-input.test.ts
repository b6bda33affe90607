import neo4j from 'neo4j-driver';
import { fieldOf, keyParams, keyRow, mergeCells, rowFromStored } from './row-input';

describe('rowFromStored', () => {
  it('maps graph properties and referenced ids to the CSV columns, integers as numbers, lists as lists', () => {
    const row = rowFromStored({
      table: 'enterprises',
      props: { id: 'e1', name: '甲', employees: neo4j.int(12), revenueWan: 3.5, aliases: null, nationalX: 1 },
      refs: { region: '150581' },
    });
    expect(row).toMatchObject({ id: 'e1', name: '甲', employees: 12, revenue_wan: 3.5, aliases: [], region: '150581' });
    expect(row.website).toBeNull();
    expect(row).not.toHaveProperty('nationalX');
  });

  it('reads a reference kept as a key property (SUPPLIES.link)', () => {
    const row = rowFromStored({ table: 'supplies', props: { link: 'power' }, refs: { supplier: 'a', customer: 'b' } });
    expect(row).toMatchObject({ supplier: 'a', customer: 'b', link: 'power' });
  });
});

describe('mergeCells', () => {
  const base = rowFromStored({
    table: 'produces',
    props: { status: 'operating', capacity: 10, unit: '万吨', source: 's' },
    refs: { enterprise: 'e1', link: 'metal' },
  });

  it('keeps what the input leaves out, overrides what it gives, and clears what it sets to null', () => {
    const cells = mergeCells({ table: 'produces', base, input: { capacity: 12, source: null } });
    expect(Object.fromEntries(cells)).toEqual({
      enterprise: 'e1',
      link: 'metal',
      status: 'operating',
      capacity: 12,
      unit: '万吨',
    });
  });

  it('takes a create from the input alone, lists as lists', () => {
    const cells = mergeCells({
      table: 'enterprises',
      base: null,
      input: { id: 'x', aliases: ['a', 'b'], revenueWan: 1 },
    });
    expect(Object.fromEntries(cells)).toEqual({ id: 'x', aliases: ['a', 'b'], revenue_wan: 1 });
  });
});

describe('keys and fields', () => {
  it('names input fields by graph property and keys by property', () => {
    expect(fieldOf('enterprises', 'revenue_wan')).toBe('revenueWan');
    expect(fieldOf('projects', 'started_on')).toBe('startedOn');
    expect(keyRow('produces', { enterprise: 'e', link: 'l', status: 'operating', input: {} })).toEqual({
      enterprise: 'e',
      link: 'l',
      status: 'operating',
    });
    expect(keyParams('masters', { enterprise: 'e', chain: 'c', region: 'r', source: 'x' })).toEqual({
      enterprise: 'e',
      chain: 'c',
      region: 'r',
    });
    expect(keyRow('projects', {})).toEqual({ id: null });
  });
});
