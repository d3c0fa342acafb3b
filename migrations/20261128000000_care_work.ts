import type { Knex } from 'knex';
import { baseColumns, ref } from '../server/db/columns.js';

/**
 * Daily care work (issue 7): a working-time calendar (public holidays and make-up working days per year) and
 * settings the SLA, cadences and churn rules read; the complaint flow's steps and SLA clocks; follow-up cadence
 * rules and what a follow-up records (attempts, survey answers, the complaint it opened); appointment reminders
 * and slots; churn risks; greeting templates, greeting days and the outbox; survey templates; care plan sign-off.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('work_calendar_days', (t) => {
    baseColumns(t);
    t.string('day', 10).notNullable().unique();
    t.string('kind', 10).notNullable();
    t.string('name', 60);
  });
  await knex.schema.createTable('care_settings', (t) => {
    baseColumns(t);
    t.string('key', 40).notNullable().unique();
    t.json('value').notNullable();
  });
  await knex.schema.createTable('survey_templates', (t) => {
    baseColumns(t);
    t.string('name', 100).notNullable();
    t.string('scale', 10).notNullable();
    t.json('items').notNullable();
    t.boolean('nps').notNullable().defaultTo(false);
    t.boolean('active').notNullable().defaultTo(true);
  });

  await knex.schema.alterTable('complaints', (t) => {
    t.timestamp('first_response_due_at', { useTz: true });
    t.timestamp('resolve_due_at', { useTz: true });
    t.timestamp('paused_at', { useTz: true });
    t.bigInteger('paused_ms').notNullable().defaultTo(0);
    t.timestamp('escalated_at', { useTz: true });
    t.integer('escalated_to_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    t.timestamp('confirmed_at', { useTz: true });
    t.integer('confirmed_by_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    t.timestamp('assigned_at', { useTz: true });
    t.timestamp('feedback_at', { useTz: true });
    t.integer('reopened_count').notNullable().defaultTo(0);
    t.integer('follow_up_id').unsigned().nullable();
    t.index(['status', 'first_response_due_at']);
    t.index(['status', 'resolve_due_at']);
    t.index(['follow_up_id']);
  });
  await knex.schema.createTable('complaint_steps', (t) => {
    baseColumns(t);
    ref(t, 'complaint_id', 'complaints', 'CASCADE', true);
    t.string('action', 20).notNullable();
    t.string('from_status', 20);
    t.string('to_status', 20);
    ref(t, 'actor_id', 'users', 'SET NULL');
    t.timestamp('at', { useTz: true }).notNullable();
    t.string('note', 1000);
  });

  await knex.schema.createTable('follow_up_rules', (t) => {
    baseColumns(t);
    t.string('name', 100).notNullable();
    t.string('trigger', 30).notNullable();
    t.integer('offset_days').notNullable();
    t.integer('window_days').notNullable().defaultTo(0);
    t.string('reason', 30).notNullable();
    t.string('channel', 20).notNullable();
    t.text('script');
    ref(t, 'survey_template_id', 'survey_templates', 'SET NULL');
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('sort_order').notNullable().defaultTo(0);
    t.index(['trigger', 'active']);
  });
  await knex.schema.alterTable('follow_ups', (t) => {
    t.integer('rule_id').unsigned().nullable().references('id').inTable('follow_up_rules').onDelete('SET NULL');
    t.string('source_type', 30);
    t.integer('source_id');
    t.integer('attempts').notNullable().defaultTo(0);
    t.timestamp('last_attempt_at', { useTz: true });
    t.boolean('reached');
    t.integer('survey_template_id').unsigned().nullable().references('id').inTable('survey_templates').onDelete('SET NULL');
    t.json('answers');
    t.integer('complaint_id').unsigned().nullable().references('id').inTable('complaints').onDelete('SET NULL');
    t.unique(['rule_id', 'source_type', 'source_id']);
    t.index(['staff_id', 'status', 'due_date']);
  });

  await knex.schema.alterTable('appointments', (t) => {
    t.integer('duration_minutes').notNullable().defaultTo(60);
    t.timestamp('reminded_at', { useTz: true });
    t.timestamp('arrived_at', { useTz: true });
    t.string('origin', 20).notNullable().defaultTo('manual');
    t.index(['advisor_id', 'scheduled_at']);
  });

  await knex.schema.createTable('churn_risks', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    ref(t, 'vehicle_id', 'vehicles', 'SET NULL');
    t.string('reason', 30).notNullable();
    t.string('detail', 200);
    t.date('detected_on').notNullable();
    ref(t, 'owner_id', 'users', 'SET NULL');
    t.string('status', 20).notNullable().defaultTo('open');
    t.string('outcome', 30);
    t.text('outcome_note');
    t.timestamp('closed_at', { useTz: true });
    t.index(['status', 'detected_on']);
    t.index(['customer_id', 'reason']);
  });

  await knex.schema.createTable('message_templates', (t) => {
    baseColumns(t);
    t.string('touch_type', 30).notNullable();
    ref(t, 'tier_id', 'tiers', 'SET NULL');
    t.string('locale', 5).notNullable().defaultTo('zh');
    t.string('channel', 20);
    t.text('body').notNullable();
    t.string('gift', 200);
    t.boolean('active').notNullable().defaultTo(true);
    t.index(['touch_type', 'active']);
  });
  await knex.schema.createTable('greeting_days', (t) => {
    baseColumns(t);
    t.string('holiday', 60).notNullable();
    t.string('day', 10).notNullable();
    t.string('note', 100);
    t.unique(['holiday', 'day']);
    t.index(['day']);
  });
  await knex.schema.alterTable('customers', (t) => {
    t.string('preferred_locale', 5);
  });
  await knex.schema.alterTable('care_touches', (t) => {
    t.integer('template_id').unsigned().nullable().references('id').inTable('message_templates').onDelete('SET NULL');
    t.string('source_key', 80);
    t.unique(['source_key']);
  });
  await knex.schema.createTable('outbox', (t) => {
    baseColumns(t);
    ref(t, 'care_touch_id', 'care_touches', 'SET NULL');
    ref(t, 'customer_id', 'customers', 'SET NULL');
    t.string('channel', 20).notNullable();
    t.string('recipient', 120).notNullable();
    t.text('body').notNullable();
    t.string('status', 20).notNullable().defaultTo('queued');
    t.timestamp('sent_at', { useTz: true });
    t.string('error', 300);
    t.string('batch_id', 64);
    t.index(['status', 'created_at']);
  });

  await knex.schema.alterTable('events', (t) => {
    t.integer('survey_template_id').unsigned().nullable().references('id').inTable('survey_templates').onDelete('SET NULL');
  });
  await knex.schema.alterTable('care_plans', (t) => {
    t.integer('reviewed_by_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    t.timestamp('reviewed_at', { useTz: true });
    t.integer('approved_by_id').unsigned().nullable().references('id').inTable('users').onDelete('SET NULL');
    t.timestamp('approved_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('care_plans', (t) => {
    t.dropForeign(['reviewed_by_id']);
    t.dropForeign(['approved_by_id']);
    for (const c of ['reviewed_by_id', 'reviewed_at', 'approved_by_id', 'approved_at']) t.dropColumn(c);
  });
  await knex.schema.alterTable('events', (t) => {
    t.dropForeign(['survey_template_id']);
    t.dropColumn('survey_template_id');
  });
  await knex.schema.dropTableIfExists('outbox');
  await knex.schema.alterTable('care_touches', (t) => {
    t.dropUnique(['source_key']);
    t.dropForeign(['template_id']);
    t.dropColumn('template_id');
    t.dropColumn('source_key');
  });
  await knex.schema.alterTable('customers', (t) => t.dropColumn('preferred_locale'));
  await knex.schema.dropTableIfExists('greeting_days');
  await knex.schema.dropTableIfExists('message_templates');
  await knex.schema.dropTableIfExists('churn_risks');
  await knex.schema.alterTable('appointments', (t) => {
    t.dropIndex(['advisor_id', 'scheduled_at']);
    for (const c of ['duration_minutes', 'reminded_at', 'arrived_at', 'origin']) t.dropColumn(c);
  });
  await knex.schema.alterTable('follow_ups', (t) => {
    t.dropIndex(['staff_id', 'status', 'due_date']);
    t.dropUnique(['rule_id', 'source_type', 'source_id']);
    t.dropForeign(['rule_id']);
    t.dropForeign(['survey_template_id']);
    t.dropForeign(['complaint_id']);
    for (const c of ['rule_id', 'source_type', 'source_id', 'attempts', 'last_attempt_at', 'reached', 'survey_template_id', 'answers', 'complaint_id']) t.dropColumn(c);
  });
  await knex.schema.dropTableIfExists('follow_up_rules');
  await knex.schema.dropTableIfExists('complaint_steps');
  await knex.schema.alterTable('complaints', (t) => {
    t.dropIndex(['follow_up_id']);
    t.dropIndex(['status', 'resolve_due_at']);
    t.dropIndex(['status', 'first_response_due_at']);
    t.dropForeign(['escalated_to_id']);
    t.dropForeign(['confirmed_by_id']);
    for (const c of ['first_response_due_at', 'resolve_due_at', 'paused_at', 'paused_ms', 'escalated_at', 'escalated_to_id', 'confirmed_at',
      'confirmed_by_id', 'assigned_at', 'feedback_at', 'reopened_count', 'follow_up_id']) t.dropColumn(c);
  });
  await knex.schema.dropTableIfExists('survey_templates');
  await knex.schema.dropTableIfExists('care_settings');
  await knex.schema.dropTableIfExists('work_calendar_days');
}
