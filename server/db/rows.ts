/** A node or relationship as Cypher's map projection returns it. */
export type Row = Record<string, unknown>;

const PARTIAL = Symbol('partial row');

/**
 * Marks a row that holds only some of its node's properties (a query that returns
 * hundreds of rows projects only what it needs): a property it lacks is unknown, not
 * absent, and the resolvers load it (see `scalarField` in resolvers.ts).
 */
export function partialRow(row: Row): Row {
  return Object.assign(row, { [PARTIAL]: true });
}

export function isPartialRow(row: Row): boolean {
  return (row as Record<symbol, unknown>)[PARTIAL] === true;
}
