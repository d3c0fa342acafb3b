import type { Knex } from 'knex';

/**
 * Secondary indexes are set aside while the rows go in and built again afterwards, in the same transaction: built
 * once over the whole table, the customers' trigram index and the reports' wide indexes take a fraction of what
 * keeping them current row by row costs. Indexes behind a constraint (primary keys, unique constraints) stay, so
 * the foreign keys still find their rows and a duplicate is still refused as it goes in.
 */
export async function setIndexesAside(trx: Knex.Transaction): Promise<string[]> {
  const { rows } = (await trx.raw(`
    SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes i
    JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = current_schema()::regnamespace
    WHERE i.schemaname = current_schema() AND i.tablename NOT LIKE 'knex_migrations%'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
    ORDER BY i.tablename, i.indexname`)) as { rows: { name: string; definition: string }[] };
  for (const index of rows) await trx.raw('DROP INDEX ??', [index.name]);
  return rows.map((r) => r.definition);
}

export async function buildIndexes(trx: Knex.Transaction, definitions: readonly string[]): Promise<void> {
  await trx.raw("SET LOCAL maintenance_work_mem = '256MB'");
  for (const definition of definitions) await trx.raw(definition);
}
