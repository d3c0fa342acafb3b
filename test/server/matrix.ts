import type { Knex } from 'knex';
import { resources } from '../../server/resources/index.js';
import type { ResourceDef, Row } from '../../server/resources/types.js';
import { ResourceService } from '../../server/rest/service.js';
import type { Role } from '../../server/auth/roles.js';
import { contextOf, type agentOf } from './actors.js';
import { fundRedemption, sampleValues } from './samples.js';

/**
 * Helpers for the access tests: valid bodies and records for any resource, a harmless field to change,
 * and a snapshot of what a forbidden write must leave as it was.
 */

export type Api = Awaited<ReturnType<typeof agentOf>>;

export const json = (v: unknown): string => JSON.stringify(v);

export const ROLE_NAMES: readonly Role[] = ['admin', 'cs_manager', 'cs_specialist', 'sales_consultant'];

/**
 * Records that belong to a customer through `customer_id` (from the issue): a sales consultant sees those of
 * their own customers only.
 */
export const CUSTOMER_RECORDS: readonly string[] = [
  'vehicles', 'service_visits', 'appointments', 'follow_ups', 'complaints', 'point_entries', 'redemptions',
  'event_participants', 'care_touches', 'tier_changes', 'churn_risks', 'outbox',
];

let planYear = 2000;
let serial = 0;

/** A valid create body for `name` (referenced records made on the way), unique columns kept unique, `overrides` on top. */
export async function bodyFor(db: Knex, name: string, overrides: Row = {}): Promise<Row> {
  const def = resources[name];
  const body = await sampleValues(db, def);
  serial += 1;
  if (name === 'tiers') body.code = `matrix-${serial}`;
  if (name === 'cs_plans') body.year = (planYear += 1);
  if (name === 'users') Object.assign(body, { username: `matrix.user.${serial}`, role: 'cs_specialist' });
  if (name === 'lookups') body.code = `matrix-${serial}`;
  if (name === 'work_calendar_days' || name === 'greeting_days') body.day = new Date(Date.UTC(2040, 0, 1) + serial * 86_400_000).toISOString().slice(0, 10);
  // small enough to be approved at once (larger ones wait for a manager)
  if (name === 'point_adjustments') body.points = 10;
  const result = { ...body, ...overrides };
  if (name === 'redemptions' && overrides.customer_id !== undefined) await fundRedemption(db, result);
  return result;
}

/**
 * A record of `name` created by an admin through the service (fixtures, not the write under test). Records
 * the server alone writes are made the way the server makes them: a ledger entry by an adjustment, a tier
 * history row by changing the customer's tier.
 */
export async function makeRecord(db: Knex, name: string, overrides: Row = {}): Promise<Row> {
  const service = new ResourceService(db);
  const ctx = await contextOf(db, 'admin');
  const customerId = async () => Number(overrides.customer_id ?? (await makeRecord(db, 'customers')).id);
  if (name === 'point_entries') {
    const adjustment = await service.create(resources.point_adjustments, { customer_id: await customerId(), points: 10, note: 'matrix entry' }, ctx);
    return service.getOne(resources.point_entries, Number(adjustment.entry_id), ctx);
  }
  if (name === 'tier_changes') {
    const id = await customerId();
    const held = (await db('customers').where({ id }).first('tier_id')).tier_id;
    const tier = await db('tiers').whereNot('id', held ?? 0).orderBy('id').first('id');
    await service.update(resources.customers, id, { tier_id: tier.id }, ctx);
    const row = await db('tier_changes').where({ customer_id: id, to_tier_id: tier.id, reason: 'manual' }).max({ id: 'id' }).first();
    return service.getOne(resources.tier_changes, Number(row?.id), ctx);
  }
  if (name === 'complaint_steps' || name === 'outbox') {
    // written by the server alone, as its flows write them
    const stamp = new Date().toISOString();
    const row = name === 'complaint_steps'
      ? { complaint_id: Number(overrides.complaint_id ?? (await makeRecord(db, 'complaints')).id), action: 'create', to_status: 'received', at: stamp, actor_id: ctx.actor.id }
      : { customer_id: await customerId(), channel: 'sms', recipient: '13800000000', body: 'matrix message', status: 'queued' };
    const [created] = await db(name).insert({ created_at: stamp, updated_at: stamp, version: 1, ...row }, ['id']);
    return service.getOne(resources[name], Number((created as { id: number }).id), ctx);
  }
  return service.create(resources[name], await bodyFor(db, name, overrides), ctx);
}

function isUnique(def: ResourceDef, field: string): boolean {
  return (def.unique ?? []).some((cols) => cols.includes(field));
}

/** A plain text field any update may change without breaking a rule; undefined for server-written resources. */
export function touchField(def: ResourceDef): string | undefined {
  return Object.entries(def.fields).find(
    ([name, f]) => (f.type === 'string' || f.type === 'text') && !f.readOnly && !f.writeOnly && !f.format && !f.sensitive
      && !isUnique(def, name),
  )?.[0];
}

export interface Snapshot {
  rows: number;
  auditRows: number;
  /** the record's stored row (null when it is gone) */
  record: Row | null;
}

async function countOf(db: Knex, table: string): Promise<number> {
  return Number((await db(table).count({ n: '*' }).first())?.n ?? 0);
}

/** What a forbidden write must not change: the table's row count, the audit trail's and the record itself. */
export async function snapshot(db: Knex, table: string, id?: number): Promise<Snapshot> {
  const record = id === undefined ? null : ((await db(table).where({ id }).first()) as Row | undefined) ?? null;
  return { rows: await countOf(db, table), auditRows: await countOf(db, 'audit_log'), record };
}
