import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditContext } from '../audit.js';
import { BatchInsert } from '../../db/batchInsert.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { loadRules } from './rules.js';
import type { ExpiringCustomer, ExpiryPreview, ExpiryRequest, ExpiryResult } from './types.js';
import { holdLock } from '../../db/locks.js';

/**
 * Year-end expiry, first in first out: spending uses the oldest points first, so what is left of the points
 * credited before the cutoff (the run day minus `expiry_months`) is whatever of them the customer's spending
 * so far has not used: credits before the cutoff − all debits, at most the balance. Running it again
 * the same day finds nothing more to expire (the expiry entries are debits too).
 */
function dayOf(v: unknown): string {
  if (v === undefined || v === null || v === '') return new Date().toISOString().slice(0, 10);
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw badRequest({ as_of: reason('not_date') });
  return v;
}

function cutoffOf(asOf: string, months: number): string {
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

interface Expiring {
  customer_id: number;
  points: number;
  balance: number;
}

/** Expiring points per customer; `customerId` narrows it to one (the points tab). */
export async function expiringPoints(db: Knex, cutoff: string, customerId?: number): Promise<Expiring[]> {
  const since = new Date(`${cutoff}T00:00:00Z`).toISOString();
  const ledger = db('point_entries')
    .select('customer_id')
    .select(db.raw('sum(case when points > 0 and created_at < ? then points else 0 end) as credits', [since]))
    .select(db.raw('sum(case when points < 0 then -points else 0 end) as debits'))
    .groupBy('customer_id');
  if (customerId !== undefined) ledger.where('customer_id', customerId);
  const rows = (await db.select('l.customer_id', 'l.credits', 'l.debits', 'c.points_balance')
    .from(ledger.as('l')).join('customers as c', 'c.id', 'l.customer_id')) as Record<string, unknown>[];
  const out: Expiring[] = [];
  for (const r of rows) {
    const balance = Number(r.points_balance);
    const points = Math.min(balance, Math.max(0, Number(r.credits) - Number(r.debits)));
    if (points > 0) out.push({ customer_id: Number(r.customer_id), points, balance });
  }
  return out;
}

async function plan(db: Knex, request: ExpiryRequest) {
  const asOf = dayOf(request?.as_of);
  const { rules } = await loadRules(db);
  const cutoff = cutoffOf(asOf, rules.expiry_months);
  return { asOf, cutoff, expiring: await expiringPoints(db, cutoff) };
}

export async function previewExpiry(db: Knex, request: ExpiryRequest): Promise<ExpiryPreview> {
  const { asOf, cutoff, expiring } = await plan(db, request);
  const top = [...expiring].sort((a, b) => b.points - a.points).slice(0, 50);
  const names = new Map((await db('customers').whereIn('id', top.map((e) => e.customer_id)).select('id', 'name')).map((r) => [Number(r.id), String(r.name)]));
  const sample: ExpiringCustomer[] = top.map((e) => ({ ...e, name: names.get(e.customer_id) ?? '' }));
  return { as_of: asOf, cutoff, customers: expiring.length, points: expiring.reduce((s, e) => s + e.points, 0), sample };
}

/** Writes one expiry entry per customer and lowers the balances, in one transaction (audited as one batch). */
export async function applyExpiry(db: Knex, request: ExpiryRequest, ctx: AuditContext): Promise<ExpiryResult> {
  const batchId = `expiry-${crypto.randomUUID()}`;
  return db.transaction(async (trx) => {
    await holdLock(trx, 'loyalty:expiry');
    const { asOf, cutoff, expiring } = await plan(trx, request);
    const stamp = new Date().toISOString();
    for (const e of expiring) {
      const n = await trx('customers').where('id', e.customer_id).andWhere('points_balance', '>=', e.points)
        .update({ points_balance: trx.raw('points_balance - ?', [e.points]) });
      if (n !== 1) throw badRequest({ as_of: reason('changed_since', { id: e.customer_id }) });
    }
    const writer = await BatchInsert.open(trx);
    try {
      const base = { created_at: stamp, updated_at: stamp, version: 1 };
      await writer.insert('point_entries', expiring.map((e) => ({
        ...base, customer_id: e.customer_id, points: -e.points, qualifying_points: 0, reason: 'expiry', source_type: null, source_id: null,
        note: `积分到期清零：${cutoff} 之前获得且未使用的积分`, author_id: ctx.actor.id, batch_id: batchId, reverses_id: null,
      })));
      await writer.insert('audit_log', [{
        ...base, user_id: ctx.actor.id, username: ctx.actor.username, action: 'create', resource: 'point_entries', record_id: null,
        record_title: `积分到期清零 ${asOf}`, changes: JSON.stringify({ customers: { from: null, to: expiring.length }, points: { from: null, to: expiring.reduce((s, e) => s + e.points, 0) } }),
        request_id: ctx.requestId?.slice(0, 64) ?? null, batch_id: batchId,
      }]);
    } finally {
      writer.release();
    }
    return { batch_id: batchId, as_of: asOf, cutoff, customers: expiring.length, points: expiring.reduce((s, e) => s + e.points, 0) };
  });
}
