import type { Knex } from 'knex';
import { addDays, addMonths } from '../chinaTime.js';
import { instantsOf, nextMonthStart, trendMonths } from './months.js';
import { OWNER_TYPES, loyaltyTallies } from './owners.js';
import { scopeOf, type DashboardScope } from './query.js';
import type { Actor } from '../../auth/roles.js';
import { num, ownersFilter, ownersOf, repeatBindings, repeatSql, scopeFilter, share } from './ownerSql.js';
import type { Counted, OwnerLoyalty, OwnerLoyaltyReport, Referrer } from './ownerTypes.js';
import type { KpiQuery } from './types.js';

const TOP_REFERRERS = 10;

const counted = (count: number, filter: Record<string, unknown>): Counted => ({ count, drill: { resource: 'customers', filter } });

/** Owners, those who ever bought again and those who bought again in the range: one pass over their vehicles. */
async function repurchase(db: Knex, s: DashboardScope): Promise<OwnerLoyalty['repurchase']> {
  const perOwner = db('vehicles').whereIn('vehicles.customer_id', ownersOf(db, s).select('customers.id')).groupBy('vehicles.customer_id').select(
    db.raw(`CASE WHEN ${repeatSql(false)} THEN 1 ELSE 0 END AS rep`, repeatBindings()),
    db.raw(`CASE WHEN ${repeatSql(true)} THEN 1 ELSE 0 END AS rr`, repeatBindings([s.from, s.to])),
  );
  const [owners, sums] = await Promise.all([
    ownersOf(db, s).count({ n: '*' }).first() as Promise<{ n?: unknown } | undefined>,
    db.from(perOwner.as('po')).select(db.raw('SUM(po.rep) AS rep'), db.raw('SUM(po.rr) AS rr')).first() as Promise<{ rep?: unknown; rr?: unknown } | undefined>,
  ]);
  const base = ownersFilter(s);
  const [all, repeat] = [num(owners?.n), num(sums?.rep)];
  return {
    owners: counted(all, base), repeat: counted(repeat, { ...base, repurchased: 'yes' }), rate: share(repeat, all),
    in_range: counted(num(sums?.rr), { ...base, repurchased_between: [s.from, s.to] }),
  };
}

/** `customers` narrowed like whereCustomers, under another name (the referred customer of a referrer). */
function whereAlias(qb: Knex.QueryBuilder, alias: string, s: DashboardScope): Knex.QueryBuilder {
  if (s.region) qb.where(`${alias}.region`, s.region);
  if (s.tier_id) qb.where(`${alias}.tier_id`, s.tier_id);
  if (s.owner_id) qb.where(`${alias}.owner_id`, s.owner_id);
  return qb;
}

/**
 * Referrals: customers kept by the filters, referred by an owner, whose card was opened in the range, and those
 * of them who bought in it; the owners kept by the filters who referred anyone in the range, and the top ten.
 */
async function referrals(db: Knex, s: DashboardScope): Promise<OwnerLoyalty['referrals']> {
  const [lo, hi] = instantsOf(s.from, addDays(s.to, 1));
  const boughtSql = 'EXISTS (SELECT 1 FROM vehicles WHERE vehicles.customer_id = r.id AND vehicles.purchase_date >= ? AND vehicles.purchase_date <= ?)';
  const ownerIds = db('customers as o').select('o.id').whereIn('o.customer_type', OWNER_TYPES);
  const referred = whereAlias(db('customers as r').whereIn('r.referred_by_id', ownerIds), 'r', s);
  const opened = (qb: Knex.QueryBuilder) => qb.where('r.created_at', '>=', lo).where('r.created_at', '<', hi);
  const [sums, referrers, top] = await Promise.all([
    referred.clone().select(
      db.raw('SUM(CASE WHEN r.created_at >= ? AND r.created_at < ? THEN 1 ELSE 0 END) AS opened', [lo, hi]),
      db.raw(`SUM(CASE WHEN ${boughtSql} THEN 1 ELSE 0 END) AS bought`, [s.from, s.to]),
    ).first() as Promise<{ opened?: unknown; bought?: unknown } | undefined>,
    ownersOf(db, s).whereIn('customers.id', opened(db('customers as r').select('r.referred_by_id').whereNotNull('r.referred_by_id')))
      .count({ n: '*' }).first() as Promise<{ n?: unknown } | undefined>,
    opened(ownersOf(db, s).join('customers as r', 'r.referred_by_id', 'customers.id'))
      .modify((qb) => whereAlias(qb, 'r', s))
      .groupBy('customers.id', 'customers.name')
      .select('customers.id', 'customers.name', db.raw('COUNT(*) AS n'), db.raw(`SUM(CASE WHEN ${boughtSql} THEN 1 ELSE 0 END) AS bought`, [s.from, s.to]))
      .orderByRaw('COUNT(*) DESC, customers.id ASC').limit(TOP_REFERRERS) as Promise<{ id: unknown; name: string; n: unknown; bought: unknown }[]>,
  ]);
  const openedFilter = { created_at_gte: `${s.from}T00:00:00+08:00`, created_at_lt: `${addDays(s.to, 1)}T00:00:00+08:00` };
  const scoped = scopeFilter(s);
  return {
    referred: counted(num(sums?.opened), { ...scoped, referred_by_owner: 'yes', ...openedFilter }),
    bought: counted(num(sums?.bought), { ...scoped, referred_by_owner: 'yes', purchased_between: [s.from, s.to] }),
    referrers: counted(num(referrers?.n), { ...ownersFilter(s), referred_between: [s.from, s.to] }),
    top: top.map((t): Referrer => ({
      id: num(t.id), name: t.name, bought: num(t.bought),
      referred: counted(num(t.n), { ...scoped, referred_by_id: num(t.id), ...openedFilter }),
    })),
  };
}

/** Retention: the dashboard's loyalty (of the owners at the month's end, those with a service visit in the 12 months up to it). */
async function retention(db: Knex, s: DashboardScope, months: string[]): Promise<OwnerLoyalty['retention']> {
  const tallies = await loyaltyTallies(db, s, months);
  const last = months[months.length - 1];
  const base = ownersFilter(s);
  const window = [`${addMonths(`${last}-01`, -11)}`, addDays(nextMonthStart(last), -1)];
  return {
    owners: counted(tallies.period.count, { ...base, first_purchase_by: window[1] }),
    retained: counted(tallies.period.met, { ...base, visited_between: window }),
    rate: share(tallies.period.met, tallies.period.count),
    months: months.map((month) => {
      const t = tallies.months.get(month) ?? { count: 0, met: 0 };
      return { month, owners: t.count, retained: t.met, rate: share(t.met, t.count) };
    }),
  };
}

/** 忠诚度 for the signed-in person: repurchase, referrals and retention (three independent parts, run together). */
export async function ownerLoyalty(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<OwnerLoyaltyReport> {
  const s = scopeOf(q, actor, now);
  const months = trendMonths(s.to);
  const [r, ref, ret] = await Promise.all([repurchase(db, s), referrals(db, s), retention(db, s, months)]);
  return { from: s.from, to: s.to, scope: s.scope, months, repurchase: r, referrals: ref, retention: ret };
}
