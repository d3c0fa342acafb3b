import type { Knex } from 'knex';
import { fixtureLookups } from '../seeds/fixtures.js';
import { lookups } from '../server/resources/lookups.js';
import { searchTextOf } from '../server/rest/service.js';

/**
 * What a prospect's card (A卡) records besides the contact details: why they came into the showroom, the model
 * they want, when they mean to buy and whether it is a first car, a replacement or an additional one. The index
 * holds every column the prospects report groups by, so the report reads cards opened in a range from it alone;
 * the vehicles index gives a customer's first purchase day without reading the vehicles.
 */
const CARD_INDEX = ['created_at', 'customer_type', 'owner_id', 'region', 'source', 'visit_reason', 'intended_model', 'intended_purchase', 'intended_purchase_type'];
const VEHICLE_INDEX = ['customer_id', 'purchase_date'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.string('visit_reason', 60);
    t.string('intended_model', 60);
    t.string('intended_purchase', 20);
    t.string('intended_purchase_type', 20);
    t.index(CARD_INDEX, 'customers_prospect_card_index');
  });
  await knex.schema.alterTable('vehicles', (t) => t.index(VEHICLE_INDEX, 'vehicles_customer_purchase_index'));
  // an installation already running has its lookups (written once, into an empty database): give it the new list
  const existing = await knex('lookups').count({ n: '*' }).first();
  if (Number(existing?.n ?? 0) === 0) return;
  const taken = await knex('lookups').where({ type: 'visit_reason' }).count({ n: '*' }).first();
  if (Number(taken?.n ?? 0) > 0) return;
  const now = new Date().toISOString();
  await knex('lookups').insert(fixtureLookups.visit_reason.map(([code, zh, en], i) => {
    const row = { type: 'visit_reason', code, label_zh: zh, label_en: en, color: null, sort_order: (i + 1) * 10, active: true };
    return { ...row, created_at: now, updated_at: now, version: 1, search_text: searchTextOf(lookups, row) };
  }));
}

export async function down(knex: Knex): Promise<void> {
  await knex('lookups').where({ type: 'visit_reason' }).delete();
  await knex.schema.alterTable('vehicles', (t) => t.dropIndex(VEHICLE_INDEX, 'vehicles_customer_purchase_index'));
  await knex.schema.alterTable('customers', (t) => t.dropIndex(CARD_INDEX, 'customers_prospect_card_index'));
  // ALTER TABLE … DROP COLUMN itself (both engines have it): knex would rebuild a SQLite table, losing its search triggers
  for (const column of ['intended_purchase_type', 'intended_purchase', 'intended_model', 'visit_reason']) {
    await knex.raw('ALTER TABLE customers DROP COLUMN ??', [column]);
  }
}
