import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { allCareSettings } from '../care/settings.js';
import { kpiOf, kpiPlans } from './kpis.js';
import { trendMonths } from './months.js';
import { scopeOf } from './query.js';
import type { Dashboard, KpiQuery } from './types.js';

/** The dashboard for the signed-in person: the department's KPIs, or a sales consultant's own customers'. */
export async function dashboard(db: Knex, actor: Actor, q: KpiQuery, now: Date): Promise<Dashboard> {
  const s = scopeOf(q, actor, now);
  const months = trendMonths(s.to);
  const plans = kpiPlans(db, s, months, await allCareSettings(db), now);
  const kpis = await Promise.all(plans.map((p) => kpiOf(p, months)));
  return { from: s.from, to: s.to, scope: s.scope, kpis };
}
