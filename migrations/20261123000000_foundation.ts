import type { Knex } from 'knex';
import { addSearchIndex, baseColumns, dropSearchIndex, ref } from '../server/db/columns.js';

/** The foundation schema: every record of DOMAIN.md, with the indexes the list screens sort and filter by. */

const searchable = ['customers', 'vehicles', 'complaints', 'tiers', 'gifts', 'cs_plans', 'events', 'event_tasks',
  'care_plans', 'segments', 'users', 'lookups'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('lookups', (t) => {
    baseColumns(t);
    t.string('type', 40).notNullable();
    t.string('code', 60).notNullable();
    t.string('label_zh', 100).notNullable();
    t.string('label_en', 100).notNullable();
    t.integer('sort_order').notNullable().defaultTo(0);
    t.string('color', 20);
    t.boolean('active').notNullable().defaultTo(true);
    t.unique(['type', 'code']);
    t.index(['type', 'sort_order']);
  });

  await knex.schema.createTable('users', (t) => {
    baseColumns(t);
    t.string('username', 40).notNullable().unique();
    t.string('name', 60).notNullable();
    t.string('role', 40).notNullable();
    t.string('department', 60);
    t.string('phone', 20);
    t.string('email', 120);
    t.boolean('active').notNullable().defaultTo(true);
    t.index(['name']);
    t.index(['role']);
  });

  await knex.schema.createTable('tiers', (t) => {
    baseColumns(t);
    t.string('code', 30).notNullable().unique();
    t.string('name', 60).notNullable();
    t.string('name_en', 60);
    t.integer('rank').notNullable().unique();
    t.integer('threshold_points').notNullable().defaultTo(0);
    t.string('color', 20);
    t.text('benefits');
    t.text('partner_discounts');
    t.text('care_policy');
    t.boolean('active').notNullable().defaultTo(true);
  });

  await knex.schema.createTable('customers', (t) => {
    baseColumns(t);
    t.string('name', 100).notNullable();
    t.string('gender', 20);
    t.date('birthday');
    t.string('phone', 20);
    t.string('email', 120);
    t.string('address', 200);
    t.string('city', 60);
    t.string('region', 60);
    t.string('occupation', 60);
    t.string('industry', 60);
    t.string('company', 120);
    t.string('source', 60);
    ref(t, 'owner_id', 'users', 'SET NULL');
    t.string('customer_type', 20).notNullable().defaultTo('prospect');
    t.string('lifecycle_stage', 20);
    ref(t, 'tier_id', 'tiers', 'RESTRICT');
    t.integer('points_balance').notNullable().defaultTo(0);
    t.date('last_visit_date');
    t.string('id_number', 30);
    t.string('ethnicity', 30);
    t.text('family_members');
    t.string('purchase_purpose', 60);
    t.string('interests', 200);
    ref(t, 'referred_by_id', 'customers', 'SET NULL');
    t.boolean('opinion_leader').notNullable().defaultTo(false);
    t.boolean('consent_sms').notNullable().defaultTo(false);
    t.boolean('consent_email').notNullable().defaultTo(false);
    t.jsonb('tags');
    t.text('notes');
    t.string('main_business', 200);
    t.integer('staff_count');
    t.string('credit_rating', 20);
    t.decimal('max_monthly_purchase', 14, 2);
    t.decimal('avg_monthly_purchase', 14, 2);
    t.string('preferred_channel', 20);
    t.string('contact_frequency', 20);
    t.string('relationship_potential', 20);
    t.index(['name']);
    t.index(['phone']);
    t.index(['region', 'tier_id']);
    t.index(['tier_id', 'updated_at']);
    t.index(['city']);
    t.index(['source']);
    t.index(['customer_type', 'updated_at']);
    t.index(['lifecycle_stage']);
    t.index(['last_visit_date']);
    t.index(['birthday']);
    t.index(['points_balance']);
    t.index(['company']);
  });

  await knex.schema.createTable('vehicles', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.string('model', 60).notNullable();
    t.string('plate', 20);
    t.string('vin', 17).unique();
    t.string('color', 60);
    t.date('purchase_date');
    t.string('purchase_type', 20);
    t.decimal('price', 14, 2);
    t.date('warranty_end');
    t.integer('insurance_years').notNullable().defaultTo(0);
    t.integer('mileage');
    t.date('last_service_date');
    ref(t, 'sales_consultant_id', 'users', 'SET NULL');
    t.index(['model']);
    t.index(['purchase_date']);
    t.index(['warranty_end']);
    t.index(['plate']);
  });

  await knex.schema.createTable('service_visits', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    ref(t, 'vehicle_id', 'vehicles', 'SET NULL');
    t.date('visit_date').notNullable();
    t.string('visit_type', 20).notNullable();
    t.decimal('amount', 14, 2);
    t.integer('mileage');
    ref(t, 'advisor_id', 'users', 'SET NULL');
    t.text('notes');
    t.index(['visit_date']);
    t.index(['customer_id', 'visit_date']);
  });

  await knex.schema.createTable('appointments', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    ref(t, 'vehicle_id', 'vehicles', 'SET NULL');
    t.timestamp('scheduled_at', { useTz: true }).notNullable();
    t.string('appointment_type', 20).notNullable();
    t.string('status', 20).notNullable().defaultTo('scheduled');
    ref(t, 'advisor_id', 'users', 'SET NULL');
    t.text('notes');
    t.index(['scheduled_at']);
    t.index(['status', 'scheduled_at']);
  });

  await knex.schema.createTable('follow_ups', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    ref(t, 'vehicle_id', 'vehicles', 'SET NULL');
    t.string('reason', 30).notNullable();
    t.string('channel', 20).notNullable();
    t.string('status', 20).notNullable().defaultTo('pending');
    t.date('due_date').notNullable();
    t.date('done_date');
    ref(t, 'staff_id', 'users', 'SET NULL');
    t.string('outcome', 20);
    t.jsonb('scores');
    t.integer('overall_score');
    t.text('script');
    t.text('notes');
    t.index(['due_date']);
    t.index(['status', 'due_date']);
  });

  await knex.schema.createTable('complaints', (t) => {
    baseColumns(t);
    t.string('title', 120).notNullable();
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.string('channel', 20).notNullable();
    t.string('category', 60).notNullable();
    t.string('severity', 20).notNullable();
    t.text('description').notNullable();
    t.string('status', 20).notNullable().defaultTo('received');
    t.string('department', 60);
    ref(t, 'handler_id', 'users', 'SET NULL');
    t.timestamp('responded_at', { useTz: true });
    t.timestamp('resolved_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.text('resolution');
    t.text('customer_feedback');
    t.text('rectification_notice');
    t.index(['received_at']);
    t.index(['status', 'received_at']);
    t.index(['category']);
  });

  await knex.schema.createTable('point_entries', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.integer('points').notNullable();
    t.string('reason', 20).notNullable();
    t.string('source_type', 40);
    t.integer('source_id');
    t.string('note', 500);
    ref(t, 'author_id', 'users', 'SET NULL');
    t.index(['created_at']);
    t.index(['customer_id', 'created_at']);
  });

  await knex.schema.createTable('gifts', (t) => {
    baseColumns(t);
    t.string('name', 100).notNullable();
    t.string('category', 20).notNullable();
    t.integer('points_price').notNullable();
    t.integer('stock').notNullable().defaultTo(0);
    t.date('valid_from');
    t.date('valid_to');
    t.boolean('active').notNullable().defaultTo(true);
    t.text('description');
    t.index(['points_price']);
  });

  await knex.schema.createTable('redemptions', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    ref(t, 'gift_id', 'gifts', 'RESTRICT', true);
    t.integer('quantity').notNullable().defaultTo(1);
    t.integer('points').notNullable();
    t.string('status', 20).notNullable().defaultTo('requested');
    t.timestamp('redeemed_at', { useTz: true }).notNullable();
    ref(t, 'handled_by_id', 'users', 'SET NULL');
    t.string('note', 500);
    t.index(['redeemed_at']);
  });

  await knex.schema.createTable('cs_plans', (t) => {
    baseColumns(t);
    t.integer('year').notNullable().unique();
    t.string('title', 120).notNullable();
    t.text('goals');
    t.decimal('budget', 14, 2);
    t.string('status', 20).notNullable().defaultTo('draft');
    ref(t, 'owner_id', 'users', 'SET NULL');
    t.string('q1_theme', 200);
    t.string('q2_theme', 200);
    t.string('q3_theme', 200);
    t.string('q4_theme', 200);
  });

  await knex.schema.createTable('events', (t) => {
    baseColumns(t);
    ref(t, 'plan_id', 'cs_plans', 'SET NULL');
    t.string('title', 120).notNullable();
    t.string('event_type', 60).notNullable();
    t.string('theme', 200);
    t.timestamp('start_at', { useTz: true }).notNullable();
    t.timestamp('end_at', { useTz: true }).notNullable();
    t.string('place', 200);
    t.integer('capacity');
    t.decimal('budget', 14, 2);
    t.decimal('actual_cost', 14, 2);
    t.string('status', 20).notNullable().defaultTo('draft');
    ref(t, 'owner_id', 'users', 'SET NULL');
    ref(t, 'checker_id', 'users', 'SET NULL');
    t.text('description');
    t.index(['start_at']);
    t.index(['status']);
  });

  await knex.schema.createTable('event_tasks', (t) => {
    baseColumns(t);
    ref(t, 'event_id', 'events', 'CASCADE', true);
    t.string('content', 300).notNullable();
    t.date('due_date');
    ref(t, 'responsible_id', 'users', 'SET NULL');
    ref(t, 'checker_id', 'users', 'SET NULL');
    t.string('status', 20).notNullable().defaultTo('todo');
    t.text('notes');
    t.index(['due_date']);
  });

  await knex.schema.createTable('event_participants', (t) => {
    baseColumns(t);
    ref(t, 'event_id', 'events', 'CASCADE', true);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.timestamp('invited_at', { useTz: true });
    t.string('rsvp', 20).notNullable().defaultTo('pending');
    t.boolean('attended').notNullable().defaultTo(false);
    t.timestamp('checked_in_at', { useTz: true });
    t.boolean('walk_in').notNullable().defaultTo(false);
    t.string('notes', 500);
    t.unique(['event_id', 'customer_id']);
  });

  await knex.schema.createTable('segments', (t) => {
    baseColumns(t);
    t.string('name', 100).notNullable();
    t.text('description');
    t.jsonb('filter').notNullable();
    t.boolean('shared').notNullable().defaultTo(true);
    ref(t, 'owner_id', 'users', 'SET NULL');
  });

  await knex.schema.createTable('care_touches', (t) => {
    baseColumns(t);
    ref(t, 'customer_id', 'customers', 'CASCADE', true);
    t.string('touch_type', 30).notNullable();
    t.string('holiday', 60);
    t.string('channel', 20).notNullable();
    t.date('scheduled_date').notNullable();
    t.date('sent_date');
    t.string('status', 20).notNullable().defaultTo('scheduled');
    t.text('message');
    t.string('gift', 200);
    ref(t, 'staff_id', 'users', 'SET NULL');
    t.index(['scheduled_date']);
    t.index(['status', 'scheduled_date']);
  });

  await knex.schema.createTable('care_plans', (t) => {
    baseColumns(t);
    t.string('title', 120).notNullable();
    ref(t, 'customer_id', 'customers', 'CASCADE');
    ref(t, 'segment_id', 'segments', 'SET NULL');
    t.text('methods');
    t.text('measures');
    ref(t, 'responsible_id', 'users', 'SET NULL');
    t.decimal('budget', 14, 2);
    t.string('status', 20).notNullable().defaultTo('draft');
    t.date('start_date');
    t.date('end_date');
    t.text('evaluation');
  });

  for (const table of searchable) await addSearchIndex(knex, table);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of searchable) await dropSearchIndex(knex, table);
  for (const table of ['care_plans', 'care_touches', 'segments', 'event_participants', 'event_tasks', 'events',
    'cs_plans', 'redemptions', 'gifts', 'point_entries', 'complaints', 'follow_ups', 'appointments',
    'service_visits', 'vehicles', 'customers', 'tiers', 'users', 'lookups']) {
    await knex.schema.dropTableIfExists(table);
  }
}
