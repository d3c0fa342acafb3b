import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { dialectOf } from '../../db/connect.js';
import { scopeOf, type DashboardScope } from './query.js';
import { money, num, ownersFilter, ownersOf, share } from './ownerSql.js';
import type { ModelGroup, OwnerComposition, OwnerDrill, OwnerGroup } from './ownerTypes.js';
import type { KpiQuery } from './types.js';

type Dimension = 'customer_type' | 'region' | 'industry';
interface Cell { customer_type: string | null; region: string | null; industry: string | null; n: unknown; serviced: unknown; revenue: unknown }
interface ModelRow { code: string; vehicles: unknown; owners: unknown }
interface ModelVisitRow { code: string; serviced: unknown; visits: unknown; revenue: unknown }

type Key = Pick<Cell, Dimension>;

/** The owners by (type, region, industry) — a few hundred cells at most, read from an index. */
function ownerCells(db: Knex, s: DashboardScope): Promise<(Key & { n: unknown })[]> {
  return ownersOf(db, s).groupBy('customers.customer_type', 'customers.region', 'customers.industry')
    .select('customers.customer_type', 'customers.region', 'customers.industry', db.raw('COUNT(*) AS n')) as Promise<(Key & { n: unknown })[]>;
}

/**
 * The same cells' service visits in the range: owners who came and what they spent. Read owner by owner through
 * the visits' (customer, day) index (a cross join keeps SQLite from starting at the visits and looking each
 * visit's customer up; PostgreSQL plans it as an inner join).
 */
function visitCells(db: Knex, s: DashboardScope): Promise<(Key & { serviced: unknown; revenue: unknown })[]> {
  const qb = ownersOf(db, s);
  if (dialectOf(db) === 'postgres') qb.join('service_visits', 'service_visits.customer_id', 'customers.id');
  else qb.crossJoin('service_visits', 'service_visits.customer_id', 'customers.id');
  return qb
    .where('service_visits.visit_date', '>=', s.from).where('service_visits.visit_date', '<=', s.to)
    .groupBy('customers.customer_type', 'customers.region', 'customers.industry')
    .select('customers.customer_type', 'customers.region', 'customers.industry',
      db.raw('COUNT(DISTINCT customers.id) AS serviced'), db.raw('SUM(service_visits.amount) AS revenue')) as Promise<(Key & { serviced: unknown; revenue: unknown })[]>;
}

/** The three breakdowns are summed from these cells, so owners and visits are each read once. */
async function cellsOf(db: Knex, s: DashboardScope): Promise<Cell[]> {
  const [owners, visits] = await Promise.all([ownerCells(db, s), visitCells(db, s)]);
  const key = (k: Key) => JSON.stringify([k.customer_type, k.region, k.industry]);
  const visited = new Map(visits.map((v) => [key(v), v]));
  return owners.map((o) => ({ ...o, serviced: visited.get(key(o))?.serviced ?? 0, revenue: visited.get(key(o))?.revenue ?? 0 }));
}

/** Vehicles of the owners by model, with how many owners hold one. */
function modelRows(db: Knex, s: DashboardScope): Promise<ModelRow[]> {
  return db('vehicles').whereIn('vehicles.customer_id', ownersOf(db, s).select('customers.id')).groupBy('vehicles.model')
    .select('vehicles.model as code', db.raw('COUNT(*) AS vehicles'), db.raw('COUNT(DISTINCT vehicles.customer_id) AS owners')) as Promise<ModelRow[]>;
}

/** The range's service visits of the owners' vehicles by model. */
function modelVisits(db: Knex, s: DashboardScope): Promise<ModelVisitRow[]> {
  return db('service_visits').join('vehicles', 'vehicles.id', 'service_visits.vehicle_id')
    .whereIn('service_visits.customer_id', ownersOf(db, s).select('customers.id'))
    .where('service_visits.visit_date', '>=', s.from).where('service_visits.visit_date', '<=', s.to)
    .groupBy('vehicles.model')
    .select('vehicles.model as code', db.raw('COUNT(DISTINCT service_visits.customer_id) AS serviced'), db.raw('COUNT(*) AS visits'),
      db.raw('SUM(service_visits.amount) AS revenue')) as Promise<ModelVisitRow[]>;
}

// larger groups first; ties (and the empty group, last) by code, so both databases give the same order
const byCountThenCode = <T extends { code: string | null }>(count: (g: T) => number) => (a: T, b: T) =>
  count(b) - count(a) || (a.code === null ? 1 : 0) - (b.code === null ? 1 : 0) || String(a.code).localeCompare(String(b.code));

/** Owner analysis for the signed-in person (see ownerTypes.ts): four grouped queries. */
export async function ownerComposition(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<OwnerComposition> {
  const s = scopeOf(q, actor, now);
  const base = ownersFilter(s);
  const visited = (extra: Record<string, unknown> = {}, model?: string): OwnerDrill =>
    ({ resource: 'customers', filter: { ...base, ...extra, visited_between: model ? [s.from, s.to, model] : [s.from, s.to] } });
  const owners = (extra: Record<string, unknown> = {}): OwnerDrill => ({ resource: 'customers', filter: { ...base, ...extra } });
  const [cells, models, modelVisitRows] = await Promise.all([cellsOf(db, s), modelRows(db, s), modelVisits(db, s)]);
  const total = cells.reduce((sum, c) => sum + num(c.n), 0);
  const vehicleTotal = models.reduce((sum, m) => sum + num(m.vehicles), 0);

  const groups = (dim: Dimension): OwnerGroup[] => {
    const sums = new Map<string | null, { n: number; serviced: number; revenue: number }>();
    for (const c of cells) {
      const code = c[dim] ?? null;
      const g = sums.get(code) ?? { n: 0, serviced: 0, revenue: 0 };
      sums.set(code, { n: g.n + num(c.n), serviced: g.serviced + num(c.serviced), revenue: g.revenue + num(c.revenue) });
    }
    const narrow = (code: string | null) => (code === null ? { [`${dim}_null`]: true } : { [dim]: code });
    return [...sums].map(([code, g]) => ({
      code, owners: { count: g.n, drill: owners(narrow(code)) }, share: share(g.n, total),
      serviced: { count: g.serviced, drill: visited(narrow(code)) }, revenue: money(g.revenue),
    })).sort(byCountThenCode((g) => g.owners.count));
  };

  const visitsOf = new Map(modelVisitRows.map((r) => [r.code, r]));
  const byModel: ModelGroup[] = models.map((m) => {
    const v = visitsOf.get(m.code);
    return {
      code: m.code, vehicles: num(m.vehicles), share: share(num(m.vehicles), vehicleTotal),
      owners: { count: num(m.owners), drill: owners({ vehicle_model: m.code }) },
      serviced: { count: num(v?.serviced), drill: visited({}, m.code) }, visits: num(v?.visits), revenue: money(v?.revenue),
    };
  }).sort(byCountThenCode((g) => g.vehicles));

  const byType = groups('customer_type');
  return {
    from: s.from, to: s.to, scope: s.scope,
    totals: {
      owners: { count: total, drill: owners() }, vehicles: vehicleTotal,
      serviced: { count: byType.reduce((sum, g) => sum + g.serviced.count, 0), drill: visited() },
      revenue: money(cells.reduce((sum, c) => sum + num(c.revenue), 0)),
    },
    by_type: byType, by_model: byModel, by_region: groups('region'), by_industry: groups('industry'),
  };
}
