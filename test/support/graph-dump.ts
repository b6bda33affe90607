import type { Driver } from 'neo4j-driver';

/**
 * A whole database as sorted lines, one per node and relationship, with every property
 * and its Cypher type: two databases holding the same knowledge base give equal dumps.
 * Test-only Cypher, so it lives with the tests. Meant for the small throw-away databases
 * tests start for themselves, never for the shared one.
 */
export interface GraphDump {
  /** Nodes and relationships the interchange format creates. */
  data: string[];
  /** The derived totals (docs/data-model.md): LinkTotal, HAS_TOTAL, MAKES, Link.nationalOperatingFirms. */
  derived: string[];
  /** Nodes per label and relationships per type, derived ones included. */
  counts: Record<string, number>;
}

const DERIVED_TYPES = ['HAS_TOTAL', 'MAKES'];

export async function dumpGraph(driver: Driver): Promise<GraphDump> {
  const session = driver.session();
  try {
    const nodes = await session.run(
      `MATCH (n)
       RETURN labels(n)[0] AS label, coalesce(n.id, n.code, elementId(n)) AS key, properties(n) AS props,
         [k IN keys(n) | [k, valueType(n[k])]] AS types,
         CASE WHEN n:LinkTotal THEN [(l:Link)-[:HAS_TOTAL]->(n) | l.id][0] END AS owner`,
    );
    const rels = await session.run(
      `MATCH (a)-[r]->(b)
       RETURN type(r) AS type, coalesce(a.id, a.code) AS from,
         coalesce(b.id, b.code, b.status + '/' + coalesce(b.unit, '')) AS to,
         properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types`,
    );
    const data: string[] = [];
    const derived: string[] = [];
    const counts: Record<string, number> = {};
    const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
    for (const record of nodes.records) {
      const label = record.get('label') as string;
      count(`(:${label})`);
      const props = record.get('props') as Record<string, unknown>;
      const types = new Map(record.get('types') as [string, string][]);
      if (label === 'LinkTotal') {
        derived.push(`LinkTotal of ${String(record.get('owner'))} ${show(props, types)}`);
        continue;
      }
      const { nationalOperatingFirms, ...rest } = props;
      if (nationalOperatingFirms !== undefined)
        derived.push(`${label} ${record.get('key')} nationalOperatingFirms=${String(nationalOperatingFirms)}`);
      data.push(`${label} ${record.get('key')} ${show(rest, types)}`);
    }
    for (const record of rels.records) {
      const type = record.get('type') as string;
      count(`[:${type}]`);
      const line = `${record.get('from')} -${type}-> ${record.get('to')} ${show(record.get('props'), new Map(record.get('types')))}`;
      (DERIVED_TYPES.includes(type) ? derived : data).push(line);
    }
    return { data: data.sort(), derived: derived.sort(), counts };
  } finally {
    await session.close();
  }
}

function show(props: Record<string, unknown>, types: Map<string, string>): string {
  const fields = Object.keys(props)
    .sort()
    .map((k) => `${k}=${JSON.stringify(props[k])}:${types.get(k) ?? '?'}`);
  return `{${fields.join(', ')}}`;
}

/** Empties a throw-away database (never the shared one): every node and relationship. */
export async function wipeGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
  }
}
