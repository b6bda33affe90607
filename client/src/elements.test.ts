import cytoscape from 'cytoscape';
import {
  chainMapToElements,
  displayName,
  feedEdgeId,
  formatFirmCount,
  labelBox,
  linkLabel,
  wrapName,
  masterNames,
  stageNodeId,
  type FeedEdgeData,
  type LinkNodeData,
} from './elements';
import { aluminiumMap, HONGJUN, LIANSHENG } from './test-fixtures';
import type { ChainMap } from './types';

type El = ReturnType<typeof chainMapToElements>[number];
const nodesOf = (els: El[]) => els.filter((e) => e.group === 'nodes');
const linkNodes = (els: El[]) => nodesOf(els).filter((e) => (e.data as LinkNodeData).kind === 'link');
const byId = (els: El[], id: string) => {
  const found = els.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};
const classesOf = (e: El) => String(e.classes ?? '').split(' ');

describe('chainMapToElements', () => {
  const map = aluminiumMap();
  const els = chainMapToElements({ map, lang: 'zh' });

  it('makes one compound parent per stage, in upstream → downstream order', () => {
    const stages = nodesOf(els).filter((e) => e.data['kind'] === 'stage');
    expect(stages.map((s) => s.data.id)).toEqual(['stage:UPSTREAM', 'stage:MIDSTREAM', 'stage:DOWNSTREAM']);
    expect(stages.map((s) => s.data['label'])).toEqual(['上游', '中游', '下游']);
    expect(stages.map((s) => s.data['stageIndex'])).toEqual([0, 1, 2]);
    expect(classesOf(byId(els, 'stage:MIDSTREAM'))).toEqual(['stage', 'stage-midstream']);
  });

  it('makes one node per link inside its stage, sorted by stage then position', () => {
    const links = linkNodes(els);
    expect(links).toHaveLength(map.nodes.length);
    expect(links.map((e) => e.data.id)).toEqual([
      'coal',
      'power',
      'alumina',
      'electrolytic_aluminium',
      'aluminium_alloy',
      'aluminium_strip',
      'aluminium_foil',
      'battery_foil',
      'wheels',
      'die_casting',
    ]);
    expect(byId(els, 'coal').data['parent']).toBe('stage:UPSTREAM');
    expect(byId(els, 'electrolytic_aluminium').data['parent']).toBe('stage:MIDSTREAM');
    expect(byId(els, 'battery_foil').data['parent']).toBe('stage:DOWNSTREAM');
    // Parents come before their children (Cytoscape needs the parent to exist).
    const idx = (id: string) => els.findIndex((e) => e.data.id === id);
    expect(idx('stage:DOWNSTREAM')).toBeLessThan(idx('coal'));
  });

  it('labels a link with its name, local firm count and capacity per unit', () => {
    expect(byId(els, 'coal').data['label']).toBe('煤炭\n2家 · 5000万吨');
    expect(byId(els, 'power').data['label']).toBe('电力\n3家 · 812万千瓦');
    expect(byId(els, 'electrolytic_aluminium').data['label']).toBe('★ 电解铝\n3家 · 266万吨');
  });

  it('lists capacities in different units side by side and never adds them', () => {
    const label = String(byId(els, 'wheels').data['label']);
    expect(label).toBe('铝合金车轮\n2家 · 400万件、2.5万吨');
    expect(label).not.toMatch(/402\.5/);
  });

  it('marks links with no local operating firm as missing, and only those', () => {
    const missing = linkNodes(els).filter((e) => classesOf(e).includes('missing'));
    expect(missing.map((e) => e.data.id).sort()).toEqual(['alumina', 'battery_foil', 'die_casting']);
    expect(byId(els, 'alumina').data['label']).toBe('氧化铝\n无本地企业');
    expect(classesOf(byId(els, 'coal'))).not.toContain('missing');
  });

  it('shows building/planned capacity on a third line', () => {
    expect(byId(els, 'battery_foil').data['label']).toBe('电池箔\n无本地企业\n在建/规划 80万吨');
    expect(classesOf(byId(els, 'battery_foil'))).toContain('has-pipeline');
    const without = chainMapToElements({ map, showPipeline: false });
    expect(byId(without, 'battery_foil').data['label']).toBe('电池箔\n无本地企业');
  });

  it('badges links that have a link-master firm and keeps the firms on the node', () => {
    const masters = linkNodes(els).filter((e) => classesOf(e).includes('has-master'));
    expect(masters.map((e) => e.data.id)).toEqual(['electrolytic_aluminium', 'aluminium_strip', 'aluminium_foil']);
    expect((byId(els, 'aluminium_strip').data as LinkNodeData).masters).toEqual([LIANSHENG]);
    expect(String(byId(els, 'aluminium_strip').data['label']).startsWith('★ 铝板带\n')).toBe(true);
    expect(String(byId(els, 'coal').data['label'])).not.toContain('★');
  });

  it('makes one edge per feed between the right nodes', () => {
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(map.edges.length);
    const e = byId(els, feedEdgeId('alumina', 'electrolytic_aluminium')).data as FeedEdgeData;
    expect(e).toMatchObject({ source: 'alumina', target: 'electrolytic_aluminium', inputPerUnit: 1.92, kind: 'feed' });
    expect(classesOf(byId(els, 'feed:power->electrolytic_aluminium'))).toEqual(['feed', 'cross-stage']);
    expect(classesOf(byId(els, 'feed:coal->power'))).toEqual(['feed']);
  });

  it('leaves out feeds to links not on the map, self-feeds and duplicates; marks backward feeds', () => {
    const m: ChainMap = aluminiumMap();
    m.edges.push(
      { from: { id: 'coal' }, to: { id: 'nowhere' } },
      { from: { id: 'coal' }, to: { id: 'coal' } },
      { from: { id: 'coal' }, to: { id: 'power' } },
      { from: { id: 'die_casting' }, to: { id: 'aluminium_alloy' }, note: 'scrap recycling' },
    );
    const out = chainMapToElements({ map: m });
    const edges = out.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(aluminiumMap().edges.length + 1);
    expect(classesOf(byId(out, 'feed:die_casting->aluminium_alloy'))).toContain('backward');
  });

  it('uses English names and messages when lang is en, Chinese names where nameEn is missing', () => {
    const m = aluminiumMap();
    const coal = m.nodes.find((n) => n.link.id === 'coal');
    if (coal) coal.link.nameEn = null;
    const en = chainMapToElements({ map: m, lang: 'en' });
    expect(byId(en, 'electrolytic_aluminium').data['label']).toBe('★ Electrolytic\naluminium\n3 firms · 2,660 kt');
    expect(byId(en, 'power').data['label']).toBe('Power\n3 firms · 8,120 MW');
    expect(byId(en, 'coal').data['label']).toBe('煤炭\n2 firms · 50,000 kt');
    expect(byId(en, 'alumina').data['label']).toBe('Alumina\nno local firm');
    expect(byId(en, 'stage:UPSTREAM').data['label']).toBe('Upstream');
  });

  it('says "no firm" rather than "no local firm" in the national view', () => {
    const m = aluminiumMap();
    m.region = null;
    expect(byId(chainMapToElements({ map: m }), 'alumina').data['label']).toBe('氧化铝\n暂无企业');
  });

  it('omits stages without links unless asked', () => {
    const m = aluminiumMap();
    m.nodes = m.nodes.filter((n) => n.stage !== 'MIDSTREAM');
    m.edges = [];
    const ids = (els2: El[]) =>
      nodesOf(els2)
        .filter((e) => e.data['kind'] === 'stage')
        .map((e) => e.data.id);
    expect(ids(chainMapToElements({ map: m }))).toEqual(['stage:UPSTREAM', 'stage:DOWNSTREAM']);
    expect(ids(chainMapToElements({ map: m, showEmptyStages: true }))).toEqual([
      'stage:UPSTREAM',
      'stage:MIDSTREAM',
      'stage:DOWNSTREAM',
    ]);
  });

  it('sizes nodes to their labels', () => {
    const power = byId(els, 'power').data as LinkNodeData;
    expect(power.w).toBe(labelBox(power.label).w);
    const battery = byId(els, 'battery_foil').data as LinkNodeData;
    expect(battery.h).toBeGreaterThan(power.h); // three lines vs two
  });
});

describe('label helpers', () => {
  it('formats firm counts', () => {
    expect(formatFirmCount('zh', 3, false)).toBe('3家');
    expect(formatFirmCount('en', 1, false)).toBe('1 firm');
    expect(formatFirmCount('en', 0, true)).toBe('no firm');
  });

  it('linkLabel can drop the badge', () => {
    const node = aluminiumMap().nodes.find((n) => n.link.id === 'electrolytic_aluminium');
    if (!node) throw new Error('fixture');
    expect(linkLabel(node, { lang: 'zh', national: false, masterBadge: '' })).toBe('电解铝\n3家 · 266万吨');
  });

  it('labelBox counts CJK characters as one em and others as about 0.6', () => {
    const opts = { fontSize: 10, nodePadding: 0, minNodeWidth: 0, lineHeight: 1 };
    expect(labelBox('电解铝', opts)).toEqual({ w: 30, h: 10 });
    expect(labelBox('abcde\n电', opts)).toEqual({ w: 30, h: 20 });
    expect(labelBox('x', { ...opts, minNodeWidth: 120 }).w).toBe(120);
  });

  it('wrapName breaks long names at a bracket, a space, or the width, and leaves short ones', () => {
    expect(wrapName('电解铝', 9)).toBe('电解铝');
    expect(wrapName('铝板带(含铸轧/热轧坯料)', 9)).toBe('铝板带\n(含铸轧/热轧坯料)');
    expect(wrapName('铝合金（铸造/变形铝合金锭）', 9)).toBe('铝合金\n（铸造/变形铝合金锭）');
    expect(wrapName('Electrolytic aluminium', 9)).toBe('Electrolytic\naluminium');
    expect(wrapName('动力及储能锂电池正极材料', 9)).toBe('动力及储能锂电池正\n极材料');
  });

  it('displayName falls back to the Chinese name', () => {
    expect(displayName('en', { name: '铝产业链', nameEn: 'Aluminium' })).toBe('Aluminium');
    expect(displayName('en', { name: '铝产业链', nameEn: null })).toBe('铝产业链');
    expect(displayName('zh', { name: '铝产业链', nameEn: 'Aluminium' })).toBe('铝产业链');
  });

  it('masterNames lists each firm once', () => {
    const m = aluminiumMap();
    m.masters.push({ enterprise: HONGJUN, region: { code: '150500', name: '通辽市' } });
    expect(masterNames(m)).toEqual([HONGJUN.name, LIANSHENG.name]);
  });

  it('stage ids cannot collide with link ids', () => {
    expect(stageNodeId('UPSTREAM')).toMatch(/[^A-Za-z0-9_-]/);
  });
});

describe('the elements in a headless Cytoscape', () => {
  const cy = cytoscape({ headless: true, elements: chainMapToElements({ map: aluminiumMap() }) });
  afterAll(() => cy.destroy());

  it('accepts every element', () => {
    expect(cy.nodes().length).toBe(3 + 10);
    expect(cy.edges().length).toBe(9);
  });

  it('puts each link node in its stage parent', () => {
    for (const n of aluminiumMap().nodes) {
      expect(cy.getElementById(n.link.id).parent().first().id()).toBe(stageNodeId(n.stage));
    }
    expect(
      cy
        .getElementById('stage:DOWNSTREAM')
        .children()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['aluminium_foil', 'aluminium_strip', 'battery_foil', 'die_casting', 'wheels'].sort());
    expect(cy.nodes(':parent').length).toBe(3);
  });

  it('connects edges to the right ids', () => {
    const e = cy.getElementById('feed:aluminium_foil->battery_foil');
    expect(e.source().id()).toBe('aluminium_foil');
    expect(e.target().id()).toBe('battery_foil');
    expect(
      cy
        .getElementById('electrolytic_aluminium')
        .incomers('node')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['alumina', 'power']);
    expect(
      cy
        .getElementById('electrolytic_aluminium')
        .outgoers('node')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['aluminium_alloy', 'aluminium_strip']);
  });

  it('selects missing links and master links by class', () => {
    expect(cy.nodes('.missing').length).toBe(3);
    expect(cy.nodes('.missing[enterprises > 0]').length).toBe(0);
    expect(cy.nodes('.has-master').map((n) => n.id())).toEqual([
      'electrolytic_aluminium',
      'aluminium_strip',
      'aluminium_foil',
    ]);
  });

  it('has a DAG from the upstream roots to the downstream leaves', () => {
    const roots = cy
      .nodes('.link')
      .roots()
      .map((n) => n.id())
      .sort();
    expect(roots).toEqual(['alumina', 'coal']);
    const leaves = cy
      .nodes('.link')
      .leaves()
      .map((n) => n.id())
      .sort();
    expect(leaves).toEqual(['battery_foil', 'die_casting', 'wheels']);
  });
});
