import { sql, type SQL } from 'drizzle-orm';

/**
 * Many rows as one JSON parameter, to `insert … select` from: the rows go in
 * the placeholder `name` as one JSON text, so the statement's text is the
 * same whatever their number (and can be prepared once). `columns` names and
 * types the keys of each row: `topic text, seq bigint`.
 */
export function jsonRows(name: string, columns: string): SQL {
  return sql`jsonb_to_recordset(${sql.placeholder(name)}::jsonb) as r(${sql.raw(columns)})`;
}
