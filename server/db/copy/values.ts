import type { Column } from './tables.js';

/**
 * A value as SQLite stores it, made a value PostgreSQL takes for the column's declared type. SQLite keeps
 * booleans as 0/1, JSON as text and (through knex) dates and times as ISO text, or as epoch milliseconds where a
 * Date object was bound; PostgreSQL parses ISO text for date, timestamptz and jsonb itself, so those pass as
 * text. (JSON stays text on purpose: node-pg would send a JS array as a PostgreSQL array, not as JSON.)
 */
export function toPostgres(value: unknown, column: Column): unknown {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'boolean':
      return value === 1 || value === true || value === '1' || value === 'true';
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      return typeof value === 'number' ? new Date(value).toISOString() : value;
    case 'date':
      return typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : value;
    case 'json':
    case 'jsonb':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      return typeof value === 'bigint' ? value.toString() : value;
  }
}

/** A row read from SQLite, in the target's column order, each value converted. */
export function rowToPostgres(row: Record<string, unknown>, columns: readonly Column[], deferred: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c.name] = deferred.includes(c.name) ? null : toPostgres(row[c.name], c);
  return out;
}
