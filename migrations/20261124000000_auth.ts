import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * Sign-in and the audit trail: password hashes on users, database sessions (so several server processes
 * share them), personal API tokens, failed sign-in attempts for rate limiting, and the audit log.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.string('password_hash', 200);
    t.timestamp('password_changed_at', { useTz: true });
  });

  await knex.schema.createTable('sessions', (t) => {
    // the SHA-256 of the cookie's secret: a copy of this table signs nobody in
    t.string('id', 64).primary();
    t.integer('user_id').unsigned().notNullable().references('id').inTable('users').onDelete('CASCADE');
    t.string('csrf_token', 64).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('last_seen_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.string('ip', 64);
    t.string('user_agent', 300);
    t.index(['user_id']);
    t.index(['expires_at']);
  });

  await knex.schema.createTable('api_tokens', (t) => {
    baseColumns(t);
    ref(t, 'user_id', 'users', 'CASCADE', true);
    t.string('name', 60).notNullable();
    t.string('token_hash', 64).notNullable().unique();
    t.string('prefix', 16).notNullable();
    t.timestamp('last_used_at', { useTz: true });
    t.date('expires_on');
    t.timestamp('revoked_at', { useTz: true });
  });

  await knex.schema.createTable('login_attempts', (t) => {
    t.increments('id').primary();
    t.string('key', 140).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['key', 'created_at']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    baseColumns(t);
    ref(t, 'user_id', 'users', 'SET NULL');
    t.string('username', 40);
    t.string('action', 30).notNullable();
    t.string('resource', 40).notNullable();
    t.integer('record_id');
    t.string('record_title', 200);
    t.jsonb('changes');
    t.string('request_id', 64);
    t.string('batch_id', 64);
    t.index(['resource', 'record_id', 'created_at']);
    t.index(['created_at']);
    t.index(['action', 'created_at']);
    t.index(['batch_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  await knex.schema.dropTable('login_attempts');
  await knex.schema.dropTable('api_tokens');
  await knex.schema.dropTable('sessions');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('password_changed_at');
    t.dropColumn('password_hash');
  });
}
