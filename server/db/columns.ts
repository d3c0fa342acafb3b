import type { Knex } from 'knex';

/** Shared column helpers for migrations: every table has these, named the same everywhere. */
export function baseColumns(t: Knex.CreateTableBuilder): void {
  t.increments('id').primary();
  t.timestamp('created_at', { useTz: true }).notNullable();
  t.timestamp('updated_at', { useTz: true }).notNullable();
  t.integer('version').notNullable().defaultTo(1);
  t.index(['updated_at']);
}

type OnDelete = 'CASCADE' | 'SET NULL' | 'RESTRICT';

/** An indexed foreign key to `table.id`. */
export function ref(t: Knex.CreateTableBuilder, column: string, table: string, onDelete: OnDelete, required = false): void {
  const c = t.integer(column).unsigned();
  if (required) c.notNullable();
  else c.nullable();
  c.references('id').inTable(table).onDelete(onDelete);
  t.index([column]);
}

export function isPostgres(knex: Knex): boolean {
  return knex.client.config.client === 'pg';
}

/**
 * Full-text search over a `search_text` column the engine fills (text, pinyin, initials, bigrams):
 * an FTS5 trigram index on SQLite (kept current by triggers), a pg_trgm GIN index on PostgreSQL.
 */
export async function addSearchIndex(knex: Knex, table: string): Promise<void> {
  await knex.schema.alterTable(table, (t) => t.text('search_text'));
  if (isPostgres(knex)) {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.raw(`CREATE INDEX ${table}_search_trgm ON ${table} USING gin (search_text gin_trgm_ops)`);
    return;
  }
  const fts = `${table}_fts`;
  await knex.raw(
    `CREATE VIRTUAL TABLE ${fts} USING fts5(search_text, content='${table}', content_rowid='id', tokenize='trigram')`,
  );
  await knex.raw(`CREATE TRIGGER ${table}_fts_ai AFTER INSERT ON ${table} BEGIN
    INSERT INTO ${fts}(rowid, search_text) VALUES (new.id, new.search_text); END`);
  await knex.raw(`CREATE TRIGGER ${table}_fts_ad AFTER DELETE ON ${table} BEGIN
    INSERT INTO ${fts}(${fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`);
  await knex.raw(`CREATE TRIGGER ${table}_fts_au AFTER UPDATE OF search_text ON ${table} BEGIN
    INSERT INTO ${fts}(${fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO ${fts}(rowid, search_text) VALUES (new.id, new.search_text); END`);
}

export async function dropSearchIndex(knex: Knex, table: string): Promise<void> {
  if (!isPostgres(knex)) await knex.raw(`DROP TABLE IF EXISTS ${table}_fts`);
}
