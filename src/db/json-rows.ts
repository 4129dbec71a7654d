import { sql, type SQL } from 'drizzle-orm';

/**
 * Many rows as one JSON parameter, to `insert … select` from: a statement
 * built with one parameter per value costs more to build than to run.
 * `columns` names and types the keys of each row: `topic text, seq bigint`.
 */
export function jsonRows(rows: object[], columns: string): SQL {
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(columns)})`;
}
