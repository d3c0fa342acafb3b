import type { Knex } from 'knex';

/** A column of the target table and how PostgreSQL declares it (`data_type` of information_schema; `sqlType` for casts). */
export interface Column {
  name: string;
  type: string;
  sqlType: string;
}

/** One table to copy, as the migrations made it on the target. */
export interface TablePlan {
  name: string;
  columns: Column[];
  primaryKey: string[];
  /**
   * Foreign-key columns that point back into a table copied no earlier (a customer referred by a later customer):
   * inserted empty and filled once every table is in, so no row waits for one not yet written.
   */
  deferred: string[];
  /** Columns a sequence numbers (serial / increments): moved past the copied ids afterwards. */
  serial: string[];
}

/** The migrations' bookkeeping: the target runs the migrations itself, so these are never copied. */
const NOT_COPIED = new Set(['knex_migrations', 'knex_migrations_lock']);

interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

async function rowsOf<T>(trx: Knex, sql: string): Promise<T[]> {
  return ((await trx.raw(sql)) as { rows: T[] }).rows;
}

/**
 * Every table of the target's schema (the first of the search path) with its columns, primary key and serial
 * columns, in an order where each table comes after the tables its foreign keys name.
 */
export async function planTables(trx: Knex): Promise<TablePlan[]> {
  const columns = await rowsOf<{ table: string; name: string; type: string; sql_type: string; serial: boolean }>(trx, `
    SELECT c.table_name AS table, c.column_name AS name, c.data_type AS type,
           format_type(a.atttypid, a.atttypmod) AS sql_type, COALESCE(c.column_default LIKE 'nextval(%', false) AS serial
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
    WHERE c.table_schema = current_schema()
    ORDER BY c.table_name, c.ordinal_position`);
  const keys = await rowsOf<{ table: string; column: string }>(trx, `
    SELECT cl.relname AS table, a.attname AS column
    FROM pg_constraint k
    JOIN pg_class cl ON cl.oid = k.conrelid
    JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, n) ON true
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
    WHERE k.contype = 'p' AND cl.relnamespace = current_schema()::regnamespace
    ORDER BY cl.relname, u.n`);
  const foreign = await rowsOf<ForeignKey>(trx, `
    SELECT cl.relname AS table, a.attname AS column, ref.relname AS references
    FROM pg_constraint k
    JOIN pg_class cl ON cl.oid = k.conrelid
    JOIN pg_class ref ON ref.oid = k.confrelid
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
    WHERE k.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace`);

  const plans = new Map<string, TablePlan>();
  for (const c of columns) {
    if (NOT_COPIED.has(c.table)) continue;
    let plan = plans.get(c.table);
    if (!plan) {
      plan = { name: c.table, columns: [], primaryKey: [], deferred: [], serial: [] };
      plans.set(c.table, plan);
    }
    plan.columns.push({ name: c.name, type: c.type, sqlType: c.sql_type });
    if (c.serial) plan.serial.push(c.name);
  }
  for (const k of keys) plans.get(k.table)?.primaryKey.push(k.column);
  return dependencyOrder(plans, foreign.filter((f) => plans.has(f.table) && plans.has(f.references)));
}

/**
 * Kahn's order over the foreign keys (tables by name where the keys leave a choice). A key into the table itself,
 * or a cycle, cannot be satisfied by order: its columns are deferred (written after every table is in).
 */
function dependencyOrder(plans: Map<string, TablePlan>, foreign: ForeignKey[]): TablePlan[] {
  const ordered: TablePlan[] = [];
  const done = new Set<string>();
  const pending = [...plans.keys()].sort();
  const waitsFor = (table: string) => foreign.filter((f) => f.table === table && !done.has(f.references)
    && !plans.get(table)?.deferred.includes(f.column));
  for (const plan of plans.values()) {
    for (const f of foreign) if (f.table === plan.name && f.references === plan.name) plan.deferred.push(f.column);
  }
  while (pending.length) {
    let next = pending.findIndex((t) => waitsFor(t).length === 0);
    if (next < 0) {
      // a cycle between tables: break it at the first table by deferring its keys into the tables still waiting
      next = 0;
      const plan = plans.get(pending[0]) as TablePlan;
      for (const f of waitsFor(plan.name)) plan.deferred.push(f.column);
    }
    const [table] = pending.splice(next, 1);
    done.add(table);
    ordered.push(plans.get(table) as TablePlan);
  }
  return ordered;
}
