import type { CypherTx } from '../db/executor.js';
import { ErrorCode, lianpuError } from '../graphql/errors.js';
import { lookupKnownIds } from '../import/known-ids.js';
import type { RawCell, RawDataset } from '../import/raw-dataset.js';
import { referencedIds } from '../import/references.js';
import type { TableName } from '../import/tables.js';
import { validateDataset } from '../import/validate.js';
import type { RowValues } from './entities.js';
import { fieldOf } from './row-input.js';

/** Where an edited row "comes from" in the importer's messages. */
const INPUT_FILE = 'input';

/**
 * Checks one row with the importer's own validator, as a one-row JSON dataset: the same
 * parsing, the same rules, the same reference lookups, so the same bad value gets the same
 * message as in an imported file. References are looked up in `tx`, the edit's own write
 * transaction, so what was checked is what the write sees. Returns the typed row, or
 * throws BAD_USER_INPUT naming the first field at fault (all of them in
 * `extensions.problems`).
 */
export async function validateRow(options: {
  tx: CypherTx;
  table: TableName;
  cells: ReadonlyMap<string, RawCell>;
}): Promise<RowValues> {
  const { tx, table, cells } = options;
  const at = { file: INPUT_FILE, table, row: 1 };
  const dataset: RawDataset = {
    tables: [
      {
        table,
        format: 'json',
        file: INPUT_FILE,
        columns: [...cells.keys()].map((name) => ({ name, at })),
        rows: [{ at, cells }],
        complete: true,
      },
    ],
    problems: [],
  };
  const knowledgeBase = await lookupKnownIds({
    executor: { transaction: async (_mode, work) => work(tx) } as Parameters<typeof lookupKnownIds>[0]['executor'],
    references: referencedIds(dataset),
  });
  const { records, problems } = validateDataset({ dataset, knowledgeBase });
  if (problems.length > 0) {
    const list = problems.map((p) => ({ field: fieldOf(table, p.column ?? ''), message: p.message }));
    const first = list[0]!;
    throw lianpuError(ErrorCode.BAD_USER_INPUT, `字段 ${first.field} 有误 (invalid ${first.field}): ${first.message}`, {
      field: first.field,
      problems: list,
    });
  }
  return records[table][0]!.values;
}
