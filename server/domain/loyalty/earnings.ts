import type { Knex } from 'knex';
import type { Row, RowChange, RowsHook } from '../../resources/types.js';
import type { AuditContext } from '../audit.js';
import { AppError } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { addEntry, type PointReason } from './ledger.js';
import { loadRules } from './rules.js';
import type { EarnRules } from './types.js';

/**
 * Points earned by records as they are written: a purchase (vehicle price), a service visit (amount;
 * insurance earns nothing), attending an event, and a referral (the referrer earns when the referred
 * customer's first vehicle is recorded). Each source record's points are kept equal to what the rules in
 * force give it × its customer's tier multiplier: a changed amount writes the difference, a deleted record
 * or one moved to another customer has its points taken back. Unchanged records are left alone, so a
 * later change of the rules does not rewrite the past, nor a manager's reversal of a record's points.
 */
interface EarnSource {
  table: string;
  reason: PointReason;
  /** the fields whose change can change the points */
  fields: readonly string[];
  /** the field a refused take-back is reported on */
  field: string;
  base: (row: Row, earn: EarnRules) => number;
  note: (row: Row) => string;
}

const money = (v: unknown) => (v == null ? 0 : Number(v));

const SOURCES = {
  vehicles: {
    table: 'vehicles', reason: 'purchase', fields: ['customer_id', 'price'], field: 'price',
    base: (row, earn) => (money(row.price) / 100) * earn.purchase_per_100,
    note: (row) => `购车积分：${String(row.model ?? '')} ${String(row.plate ?? '')}`.trim(),
  },
  service_visits: {
    table: 'service_visits', reason: 'service', fields: ['customer_id', 'amount', 'visit_type'], field: 'amount',
    base: (row, earn) => (row.visit_type === 'insurance' ? 0 : (money(row.amount) / 100) * earn.service_per_100),
    note: (row) => `进站消费积分：${String(row.visit_date ?? '').slice(0, 10)}`,
  },
  event_participants: {
    table: 'event_participants', reason: 'event', fields: ['customer_id', 'attended'], field: 'attended',
    base: (row, earn) => (row.attended ? earn.event_attended : 0),
    note: (row) => `活动签到积分：活动 #${String(row.event_id ?? '')}`,
  },
} satisfies Record<string, EarnSource>;

const same = (a: Row | null, b: Row | null, fields: readonly string[]) =>
  !!a && !!b && fields.every((f) => JSON.stringify(a[f] ?? null) === JSON.stringify(b[f] ?? null));

async function multipliers(trx: Knex, customerIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (let i = 0; i < customerIds.length; i += 500) {
    const rows = await trx('customers').leftJoin('tiers', 'tiers.id', 'customers.tier_id')
      .whereIn('customers.id', customerIds.slice(i, i + 500))
      .select('customers.id', 'tiers.earn_multiplier');
    for (const r of rows) out.set(Number(r.id), r.earn_multiplier == null ? 1 : Number(r.earn_multiplier));
  }
  return out;
}

async function sync(trx: Knex.Transaction, source: EarnSource, changes: readonly RowChange[], ctx: AuditContext): Promise<void> {
  const touched = changes.filter((c) => !same(c.before, c.after, source.fields));
  if (!touched.length) return;
  const ids = [...new Set(touched.map((c) => Number((c.after ?? c.before)?.id)))];
  const { rules } = await loadRules(trx);
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const current = new Map<number, Row>((await trx(source.table).whereIn('id', part)).map((r: Row) => [Number(r.id), r]));
    const earned: Row[] = await trx('point_entries').where('source_type', source.table).whereIn('source_id', part)
      .groupBy('source_id', 'customer_id').select('source_id', 'customer_id').sum({ s: 'points' }).count({ r: 'reverses_id' });
    const have = new Map<string, number>(earned.map((e) => [`${e.source_id}:${e.customer_id}`, Number(e.s)]));
    const customers = [...new Set([...current.values()].map((r) => Number(r.customer_id)))];
    const factor = await multipliers(trx, customers);
    // a manager reversed this record's points by hand: that decision stands
    const decided = new Set(earned.filter((e) => Number(e.r) > 0).map((e) => Number(e.source_id)));
    for (const id of part) {
      if (decided.has(id)) continue;
      const row = current.get(id);
      const targets = new Map<number, number>();
      for (const e of earned.filter((x) => Number(x.source_id) === id)) targets.set(Number(e.customer_id), 0);
      if (row) {
        const customerId = Number(row.customer_id);
        targets.set(customerId, Math.max(0, Math.round(source.base(row, rules.earn) * (factor.get(customerId) ?? 1))));
      }
      for (const [customerId, target] of targets) {
        const delta = target - (have.get(`${id}:${customerId}`) ?? 0);
        if (delta === 0) continue;
        try {
          await addEntry(trx, {
            customer_id: customerId, points: delta, reason: delta > 0 ? source.reason : 'reversal', qualifying_points: delta,
            source_type: source.table, source_id: id, author_id: ctx.actor.id,
            note: delta > 0 ? source.note(row ?? {}) : `撤回积分：${source.note(row ?? changes.find((c) => Number(c.before?.id) === id)?.before ?? {})}`,
          }, { field: source.field });
        } catch (e) {
          if (!(e instanceof AppError) || e.status !== 400) throw e;
          const balance = Number((await trx('customers').where({ id: customerId }).first('points_balance'))?.points_balance ?? 0);
          throw new AppError(409, 'points_spent', { [source.field]: reason('points_spent', { points: -delta, balance }) });
        }
      }
    }
  }
}

/** The referrer of a customer whose first vehicle is recorded earns the referral points, once per referred customer. */
async function referrals(trx: Knex.Transaction, changes: readonly RowChange[], ctx: AuditContext): Promise<void> {
  const buyers = [...new Set(changes.filter((c) => !c.before && c.after).map((c) => Number(c.after?.customer_id)))];
  if (!buyers.length) return;
  const { rules } = await loadRules(trx);
  if (rules.earn.referral <= 0) return;
  for (let i = 0; i < buyers.length; i += 500) {
    const part = buyers.slice(i, i + 500);
    const referred = await trx('customers').whereIn('id', part).whereNotNull('referred_by_id').select('id', 'name', 'referred_by_id');
    if (!referred.length) continue;
    const paid = new Set((await trx('point_entries').where({ source_type: 'customers', reason: 'referral' })
      .whereIn('source_id', referred.map((r) => Number(r.id))).select('source_id')).map((r) => Number(r.source_id)));
    const factor = await multipliers(trx, referred.map((r) => Number(r.referred_by_id)));
    for (const r of referred) {
      if (paid.has(Number(r.id))) continue;
      const referrer = Number(r.referred_by_id);
      await addEntry(trx, {
        customer_id: referrer, points: Math.round(rules.earn.referral * (factor.get(referrer) ?? 1)), reason: 'referral',
        source_type: 'customers', source_id: Number(r.id), author_id: ctx.actor.id, note: `推荐购车奖励：${String(r.name)}`,
      });
    }
  }
}

export const earnFromPurchase: RowsHook = async (trx, changes, ctx) => {
  await sync(trx, SOURCES.vehicles, changes, ctx);
  await referrals(trx, changes, ctx);
};
export const earnFromService: RowsHook = (trx, changes, ctx) => sync(trx, SOURCES.service_visits, changes, ctx);
export const earnFromEvent: RowsHook = (trx, changes, ctx) => sync(trx, SOURCES.event_participants, changes, ctx);
