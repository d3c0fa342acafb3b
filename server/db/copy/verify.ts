import type { Knex } from 'knex';
import type { SqliteSource } from './source.js';
import type { TablePlan } from './tables.js';

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** Each table's rows on both sides, read inside the copy's transaction (a difference undoes the copy). */
export async function countBoth(source: SqliteSource, trx: Knex.Transaction, plans: readonly TablePlan[]): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const plan of plans) {
    const row = await trx(plan.name).count({ n: '*' }).first();
    counts.push({ table: plan.name, source: source.count(plan.name), target: Number(row?.n ?? 0) });
  }
  return counts;
}

export function differences(counts: readonly TableCount[]): TableCount[] {
  return counts.filter((c) => c.source !== c.target);
}
