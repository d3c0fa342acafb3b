import type { Knex } from 'knex';
import { addDays, chinaDay } from '../chinaTime.js';
import type { CareSettings } from '../care/settings.js';
import type { DashboardScope } from './query.js';
import type { Kpi, KpiKey } from './types.js';
import { ratioTallies, type RatioSpec, type Tallies } from './ratio.js';
import { churnTallies, loyaltyTallies, OWNER_TYPES } from './owners.js';

/**
 * The dashboard's KPIs, each a share (met ÷ count) over the period and over each of the last 12 months:
 * - satisfaction: follow-ups done with an overall score (1–5), by the day they were done; met = scored 4 or 5.
 * - loyalty: owners (owner, fleet) with a service visit in the 12 calendar months up to the period's last month
 *   (and up to each trend month); count = the owners now matching the filters.
 * - churn: owners whose last visit reached the churn rule's `no_visit_months` in the period (month); count = owners.
 *   Lower is better.
 * - appointment_success: appointments scheduled in the period that came to an end (arrived, no-show, cancelled);
 *   met = arrived.
 * - complaint_response: complaints received in the period with a first-response deadline that either were
 *   answered or are past it (those still inside their clock are not judged yet); met = answered by the deadline.
 * - follow_up_completion: follow-ups due in the period up to today, cancelled ones aside; met = done.
 * Dates are China-time days and months; the customer filters and a consultant's narrowing apply through the
 * record's customer.
 */
export interface KpiPlan {
  key: KpiKey;
  target: number;
  lower_is_better: boolean;
  tallies: () => Promise<Tallies>;
  drill: { resource: string; filter: Record<string, unknown> };
}

const ratio = (db: Knex, s: DashboardScope, months: string[], spec: RatioSpec) => () => ratioTallies(db, spec, s, months);

/** Filters the customers list understands for the chosen region, tier and owner. */
function customerFilter(s: DashboardScope): Record<string, unknown> {
  return { ...(s.region ? { region: s.region } : {}), ...(s.tier_id ? { tier_id: s.tier_id } : {}), ...(s.owner_id ? { owner_id: s.owner_id } : {}) };
}

export function kpiPlans(db: Knex, s: DashboardScope, months: string[], settings: CareSettings, now: Date): KpiPlan[] {
  const t = settings.targets;
  const today = chinaDay(now);
  const nowIso = now.toISOString();
  const period = (field: string) => ({ [`${field}_gte`]: s.from, [`${field}_lte`]: s.to });
  const instants = (field: string) => ({ [`${field}_gte`]: `${s.from}T00:00:00+08:00`, [`${field}_lt`]: `${addDays(s.to, 1)}T00:00:00+08:00` });
  return [
    {
      key: 'satisfaction', target: t.satisfaction, lower_is_better: false,
      tallies: ratio(db, s, months, {
        table: 'follow_ups', time: { column: 'done_date', kind: 'day' }, met: 'follow_ups.overall_score >= 4',
        base: (qb) => qb.where('follow_ups.status', 'done').whereNotNull('follow_ups.overall_score'),
      }),
      drill: { resource: 'follow_ups', filter: { status: 'done', overall_score_lte: 3, ...period('done_date') } },
    },
    {
      key: 'loyalty', target: t.loyalty, lower_is_better: false,
      tallies: () => loyaltyTallies(db, s, months),
      drill: { resource: 'customers', filter: { customer_type: [...OWNER_TYPES], not_visited_months: 12, ...customerFilter(s) } },
    },
    {
      key: 'churn', target: t.churn, lower_is_better: true,
      tallies: () => churnTallies(db, s, months, settings.churn.no_visit_months),
      drill: { resource: 'customers', filter: { customer_type: [...OWNER_TYPES], not_visited_months: settings.churn.no_visit_months, ...customerFilter(s) } },
    },
    {
      key: 'appointment_success', target: settings.appointments.success_target_percent / 100, lower_is_better: false,
      tallies: ratio(db, s, months, {
        table: 'appointments', time: { column: 'scheduled_at', kind: 'instant' }, met: "appointments.status = 'arrived'",
        base: (qb) => qb.whereIn('appointments.status', ['arrived', 'no_show', 'cancelled']),
      }),
      drill: { resource: 'appointments', filter: { status: 'no_show', ...instants('scheduled_at') } },
    },
    {
      key: 'complaint_response', target: t.complaint_response, lower_is_better: false,
      tallies: ratio(db, s, months, {
        table: 'complaints', time: { column: 'received_at', kind: 'instant' },
        met: 'complaints.responded_at IS NOT NULL AND complaints.responded_at <= complaints.first_response_due_at',
        base: (qb) => qb.whereNotNull('complaints.first_response_due_at')
          .where((w) => w.whereNotNull('complaints.responded_at').orWhere('complaints.first_response_due_at', '<', nowIso)),
      }),
      drill: { resource: 'complaints', filter: { sla: 'breached', ...instants('received_at') } },
    },
    {
      key: 'follow_up_completion', target: t.follow_up_completion, lower_is_better: false,
      tallies: ratio(db, s, months, {
        table: 'follow_ups', time: { column: 'due_date', kind: 'day' }, met: "follow_ups.status = 'done'",
        base: (qb) => qb.whereNot('follow_ups.status', 'cancelled').where('follow_ups.due_date', '<=', today),
      }),
      drill: { resource: 'follow_ups', filter: { status: 'pending', ...period('due_date') } },
    },
  ];
}

const share = (met: number, count: number): number | null => (count ? met / count : null);

export async function kpiOf(plan: KpiPlan, months: string[]): Promise<Kpi> {
  const { period, months: byMonth } = await plan.tallies();
  const value = share(period.met, period.count);
  return {
    key: plan.key, value, count: period.count, met: period.met, target: plan.target, lower_is_better: plan.lower_is_better,
    on_target: value === null ? null : plan.lower_is_better ? value <= plan.target : value >= plan.target,
    trend: months.map((month) => {
      const m = byMonth.get(month) ?? { count: 0, met: 0 };
      return { month, value: share(m.met, m.count), count: m.count };
    }),
    drill: plan.drill,
  };
}
