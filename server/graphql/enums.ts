/**
 * GraphQL enum values (upper case) ↔ the values stored on the graph (lower case, as in
 * the interchange format). Apollo applies these maps in both directions.
 */
const lower = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v.toLowerCase()])) as Record<T, string>;

export const enumResolvers = {
  RegionLevel: lower(['PROVINCE', 'CITY', 'COUNTY', 'PARK'] as const),
  Stage: lower(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const),
  Ownership: lower(['CENTRAL_SOE', 'LOCAL_SOE', 'PRIVATE', 'FOREIGN', 'MIXED'] as const),
  ProductionStatus: lower(['OPERATING', 'BUILDING', 'PLANNED'] as const),
  ProjectStatus: lower(['SIGNED', 'STARTED', 'PRODUCING', 'STALLED', 'CANCELLED'] as const),
};
