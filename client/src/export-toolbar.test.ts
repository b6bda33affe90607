import { cytoscapeJson, flatElements, printScale } from './export-toolbar';
import { fileName } from './downloads';

describe('printScale', () => {
  it('is at least 3, and enough for a 3000 px long side', () => {
    expect(printScale({ width: 1800, height: 900 })).toBe(3);
    expect(printScale({ width: 400, height: 700 })).toBe(5); // 700 × 5 = 3500 ≥ 3000
    expect(printScale({ width: 999.2, height: 10 })).toBe(3); // ceil(999.2) × 3 = 3000
  });
  it('never makes a canvas wider than browsers allow', () => {
    expect(printScale({ width: 9000, height: 100 })).toBe(1);
    expect(printScale({ width: 6000, height: 100 })).toBe(2);
  });
});

describe('flatElements and cytoscapeJson', () => {
  it('flattens cy.json() elements, nodes first, keeping the group', () => {
    const flat = flatElements({
      elements: { nodes: [{ data: { id: 'a' } }], edges: [{ data: { id: 'e', source: 'a', target: 'a' } }] },
    });
    expect(flat.map((e) => [e.group, e.data.id])).toEqual([
      ['nodes', 'a'],
      ['edges', 'e'],
    ]);
  });
  it('wraps the elements with the chain and region', () => {
    const meta = {
      chain: 'aluminium',
      chainName: '铝',
      region: '150581',
      regionName: '霍林郭勒市',
      lang: 'zh' as const,
    };
    const json = JSON.parse(
      cytoscapeJson({ elements: { nodes: [] }, zoom: 1, pan: { x: 0, y: 0 } }, meta, '2026-01-01'),
    );
    expect(json.lianpu).toMatchObject({
      format: 'lianpu-chain-map',
      chain: 'aluminium',
      region: '150581',
      exportedAt: '2026-01-01',
    });
    expect(json.elements).toEqual({ nodes: [] });
  });
});

describe('fileName', () => {
  it('keeps Chinese and drops what file systems refuse', () => {
    expect(fileName(['铝产业链', '霍林郭勒市'], 'png')).toBe('铝产业链-霍林郭勒市.png');
    expect(fileName(['a/b:c', null, 'd e'], 'csv')).toBe('a_b_c-d_e.csv');
    expect(fileName([], 'svg')).toBe('lianpu.svg');
  });
});
