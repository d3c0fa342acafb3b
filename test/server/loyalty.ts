import type { Express } from 'express';
import type { Knex } from 'knex';
import { createApp } from '../../server/app.js';
import type { Row } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';
import type { Api } from './matrix.js';

/**
 * Helpers for the loyalty tests: a fresh database with an agent per role (two managers, so one can check the
 * other's adjustments), the fixture tiers by code, members of a tier, points granted through adjustments,
 * and what the ledger says next to what the customer row says.
 */
export interface World {
  t: TestDb;
  app: Express;
  admin: Api;
  manager: Api;
  specialist: Api;
  sales: Api;
  salesId: number;
  /** tier id by code: regular 0, silver 5,000 (×1.1), gold 20,000 (×1.2), diamond 50,000 (×1.5) */
  tier: Record<'regular' | 'silver' | 'gold' | 'diamond', number>;
}

export async function loyaltyWorld(): Promise<World> {
  const t = await freshDb();
  const app = createApp(t.db);
  const tiers: Row[] = await t.db('tiers').select('id', 'code');
  return {
    t, app,
    admin: await agentOf(app, t.db, 'admin'),
    manager: await agentOf(app, t.db, 'cs_manager'),
    specialist: await agentOf(app, t.db, 'cs_specialist'),
    sales: await agentOf(app, t.db, 'sales_consultant'),
    salesId: (await userOf(t.db, 'sales_consultant')).id,
    tier: Object.fromEntries(tiers.map((r) => [String(r.code), Number(r.id)])) as World['tier'],
  };
}

let serial = 0;

/** A new customer in `tier` (set at creation: no tier history row), with `extra` fields. */
export async function member(w: World, tier: keyof World['tier'] | null = 'regular', extra: Row = {}): Promise<number> {
  serial += 1;
  const body = { name: `会员${serial}`, tier_id: tier ? w.tier[tier] : null, ...extra };
  return (await w.admin.post('/api/customers').send(body).expect(201)).body.id;
}

/**
 * Grants points through manual adjustments: up to the threshold (1,000) at once; a larger one is requested by
 * the cs_manager and approved by the admin. The entry counts toward the tier in full.
 */
export async function grant(w: World, customerId: number, points: number): Promise<void> {
  const res = await w.manager.post('/api/point_adjustments').send({ customer_id: customerId, points, note: '测试积分' }).expect(201);
  if (res.body.status === 'pending') await w.admin.post(`/api/loyalty/adjustments/${res.body.id}/approve`).send({}).expect(200);
}

export async function balanceOf(db: Knex, customerId: number): Promise<number> {
  return Number((await db('customers').where({ id: customerId }).first('points_balance')).points_balance);
}

export async function ledgerSum(db: Knex, customerId: number, column: 'points' | 'qualifying_points' = 'points'): Promise<number> {
  return Number((await db('point_entries').where({ customer_id: customerId }).sum({ s: column }).first())?.s ?? 0);
}

export async function countOf(db: Knex, table: string, where: Row = {}): Promise<number> {
  return Number((await db(table).where(where).count({ n: '*' }).first())?.n ?? 0);
}

export async function entriesOf(db: Knex, customerId: number): Promise<Row[]> {
  return (await db('point_entries').where({ customer_id: customerId }).orderBy('id')).map((e: Row) => ({
    ...e, points: Number(e.points), qualifying_points: Number(e.qualifying_points),
    source_id: e.source_id == null ? null : Number(e.source_id), reverses_id: e.reverses_id == null ? null : Number(e.reverses_id),
  }));
}

/** YYYY-MM-DD `days` from today (UTC), as the server reckons days. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
