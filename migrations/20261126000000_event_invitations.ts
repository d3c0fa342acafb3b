import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * Invitations and sign-in: each participant gets a QR token (the check-in screen scans it), a place on the
 * waiting list when the event is full, and the invitation run it came from; a run records its audience
 * (a saved segment or a filter) so the same segment is not invited twice.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('event_invitation_runs', (t) => {
    baseColumns(t);
    ref(t, 'event_id', 'events', 'CASCADE', true);
    ref(t, 'segment_id', 'segments', 'SET NULL');
    t.jsonb('filter');
    t.string('channel', 20).notNullable();
    t.integer('invited').notNullable().defaultTo(0);
    t.integer('waitlisted').notNullable().defaultTo(0);
    t.string('batch_id', 64).notNullable();
    ref(t, 'author_id', 'users', 'SET NULL');
  });
  await knex.schema.alterTable('event_participants', (t) => {
    t.string('qr_token', 40);
    t.boolean('waitlisted').notNullable().defaultTo(false);
    t.string('invite_channel', 20);
    t.integer('run_id').unsigned();
    t.unique(['qr_token']);
    t.index(['event_id', 'rsvp']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('event_participants', (t) => {
    t.dropIndex(['event_id', 'rsvp']);
    t.dropUnique(['qr_token']);
    for (const c of ['run_id', 'invite_channel', 'waitlisted', 'qr_token']) t.dropColumn(c);
  });
  await knex.schema.dropTableIfExists('event_invitation_runs');
}
