/**
 * A synthetic chain map of any size, shaped like the API's `chainMap` answer, for the
 * map rendering benchmark: links spread over the three stages, each fed by one or two
 * earlier links (a DAG, like a real chain), a share of them missing locally. Seeded,
 * so every run draws the same map.
 */
import type { ChainMap, ChainMapNode, Feed, Stage } from '../client/src/types';

export interface SyntheticMapOptions {
  /** Link nodes. */
  links: number;
  /** Average feeds into each link after the first few (1.5 gives 1.5 × links edges). */
  feedsPerLink: number;
  seed: number;
}

/** Park–Miller: small, seeded, good enough for shapes. */
function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

export function syntheticChainMap(o: SyntheticMapOptions): ChainMap {
  const rnd = random(o.seed);
  const stageOf = (i: number): Stage =>
    i < o.links * 0.3 ? 'UPSTREAM' : i < o.links * 0.7 ? 'MIDSTREAM' : 'DOWNSTREAM';
  const nodes: ChainMapNode[] = Array.from({ length: o.links }, (_, i) => {
    const enterprises = rnd() < 0.25 ? 0 : 1 + Math.floor(rnd() * 12);
    return {
      link: { id: `L${i}`, name: `环节${i}号产品`, nameEn: `Link ${i}`, unit: '万吨' },
      stage: stageOf(i),
      position: i,
      enterprises,
      capacity: enterprises ? [{ value: Math.round(rnd() * 500), unit: '万吨' }] : [],
      pipelineCapacity: rnd() < 0.1 ? [{ value: Math.round(rnd() * 80), unit: '万吨' }] : [],
      masterEnterprises: rnd() < 0.05 ? [{ id: `E${i}`, name: `链主企业${i}` }] : [],
    };
  });
  const edges: Feed[] = [];
  const seen = new Set<string>();
  for (let i = 3; i < o.links; i++) {
    const count = Math.floor(o.feedsPerLink) + (rnd() < o.feedsPerLink % 1 ? 1 : 0);
    for (let k = 0; k < count; k++) {
      // Mostly from nearby earlier links, sometimes from far upstream.
      const from = rnd() < 0.8 ? Math.max(0, i - 1 - Math.floor(rnd() * 60)) : Math.floor(rnd() * i);
      const key = `${from}>${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: { id: `L${from}` }, to: { id: `L${i}` }, inputPerUnit: 1 });
    }
  }
  return {
    chain: { id: 'synthetic', name: '合成产业链', nameEn: 'Synthetic chain' },
    region: { code: '000000', name: '合成地区', level: 'CITY' },
    nodes,
    edges,
    masters: [],
    leader: null,
  };
}
