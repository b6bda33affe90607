/**
 * The derived-totals mechanism lives in server/db/derived-totals.ts (shared with the
 * importer, the start-up check and the bench); these names stay for the edit code.
 */
export { refreshTotals, staleTotals, type StaleTotals } from '../db/derived-totals.js';
