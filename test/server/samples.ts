import type { Knex } from 'knex';
import { resources } from '../../server/resources/index.js';
import { enums, type EnumName } from '../../server/resources/enums.js';
import type { FieldDef, ResourceDef, Row } from '../../server/resources/types.js';
import { ResourceService } from '../../server/rest/service.js';
import { contextOf } from './actors.js';

let counter = 0;

/**
 * A valid record for any resource, made from its definition alone: required fields filled with values of
 * their type, references pointing at records created on the way. Proves every definition is writable.
 */
export async function sampleValues(db: Knex, def: ResourceDef): Promise<Row> {
  const row: Row = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (field.readOnly || (!field.required && !isUnique(def, name))) continue;
    row[name] = await valueFor(db, def, name, field);
  }
  if (def.name === 'redemptions') await fundRedemption(db, row);
  if (def.name === 'tiers') Object.assign(row, await topTier(db));
  // a care plan is for a customer or a segment
  if (def.name === 'care_plans') row.customer_id = await valueFor(db, def, 'customer_id', def.fields.customer_id);
  // an SMS or e-mail touch needs the customer's consent; a card needs none
  if (def.name === 'care_touches') row.channel = 'card';
  // a custom field's key is an identifier no built-in field has
  if (def.name === 'custom_fields') Object.assign(row, { resource: 'customers', key: `sample_field_${counter}`, type: 'text' });
  // a saved list view is for a real list, its config checked against that list's fields
  if (def.name === 'list_views') {
    Object.assign(row, { resource: 'customers', config: { columns: [{ source: 'name' }], density: 'compact', filter: {}, sort: null, per_page: 25 } });
  }
  return row;
}

/** A new tier must sit above the others (thresholds rise with rank): the next rank and a higher threshold. */
async function topTier(db: Knex): Promise<Row> {
  const top = await db('tiers').max({ rank: 'rank', points: 'threshold_points' }).first();
  return { rank: Number(top?.rank ?? 0) + 1, threshold_points: Number(top?.points ?? 0) + 1000 };
}

/**
 * A redemption passes the server's checks only with the gift in stock and the customer's balance paying for
 * it: puts the quantity in stock and credits the customer the points (an adjustment under the approval
 * threshold, so its entry is written at once). Call it again when the body's customer is changed afterwards.
 */
export async function fundRedemption(db: Knex, row: Row): Promise<void> {
  const ctx = await contextOf(db);
  const service = new ResourceService(db);
  const quantity = Number(row.quantity ?? 1);
  const gift = await db('gifts').where({ id: row.gift_id }).first('id', 'stock', 'points_price');
  await service.update(resources.gifts, Number(gift.id), { stock: Number(gift.stock) + quantity }, ctx);
  const points = Number(gift.points_price) * quantity;
  await service.create(resources.point_adjustments, { customer_id: row.customer_id, points, note: 'sample funds' }, ctx);
}

function isUnique(def: ResourceDef, name: string): boolean {
  return (def.unique ?? []).some((cols) => cols.includes(name));
}

async function valueFor(db: Knex, def: ResourceDef, name: string, field: FieldDef): Promise<unknown> {
  counter += 1;
  switch (field.type) {
    case 'string':
    case 'text':
      if (field.format === 'phone') return `139 0000 ${String(1000 + counter).slice(-4)}`;
      if (field.format === 'email') return `sample${counter}@example.com`;
      return `${def.name}-${name}-${counter}`.slice(0, field.max ?? 60);
    case 'integer':
      return Math.min((field.min ?? 0) + (isUnique(def, name) ? counter : 1), field.max ?? 1_000_000);
    case 'money':
      return 199.5;
    case 'boolean':
      return true;
    case 'date':
      return '2026-03-01';
    case 'datetime':
      // an appointment is booked ahead (the server refuses one in the past)
      if (name === 'scheduled_at') return new Date(Date.now() + (30 + counter) * 86_400_000).toISOString();
      return name.startsWith('end') ? '2026-03-02T10:00:00.000Z' : '2026-03-01T10:00:00.000Z';
    case 'enum':
      return enums[field.enum as EnumName][0];
    case 'lookup': {
      const l = await db('lookups').where({ type: field.lookup }).first('code');
      return l?.code;
    }
    case 'reference': {
      const target = resources[field.reference as string];
      const created = await new ResourceService(db).create(target, await sampleValues(db, target), await contextOf(db));
      return created.id;
    }
    case 'json':
      // a 'list' is checked by its resource; the only one is a questionnaire's questions
      if (field.shape === 'list') return [{ key: 'sample', label_zh: '样例', label_en: 'Sample' }];
      return field.shape === 'string[]' ? ['sample'] : { sample: 1 };
  }
}
