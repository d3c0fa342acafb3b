import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import type { Actor } from '../../auth/roles.js';
import { addDays, chinaDay } from '../chinaTime.js';
import type { KpiQuery } from './types.js';

/** The dashboard's request, checked: a China-date period and the customer filters, narrowed by role. */
export interface DashboardScope {
  from: string;
  to: string;
  region: string | null;
  tier_id: number | null;
  /** a sales consultant's own id whatever was asked: they see only their own customers */
  owner_id: number | null;
  scope: 'department' | 'own';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// an impossible day (month 13) makes an Invalid Date, whose toISOString throws
const isDay = (v: string) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
export const DEFAULT_DAYS = 30;

function day(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !isDay(value)) throw badRequest({ [name]: reason('not_date') });
  return value;
}

function id(name: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw badRequest({ [name]: reason('not_id') });
  return n;
}

/** Reads the query string (`from`, `to`, `region`, `owner_id`, `tier_id`); 400 naming the parameter otherwise. */
export function parseKpiQuery(raw: Record<string, unknown>): KpiQuery {
  const region = raw.region;
  if (region !== undefined && (typeof region !== 'string' || region.length > 60)) throw badRequest({ region: reason('not_text') });
  const q: KpiQuery = { from: day('from', raw.from), to: day('to', raw.to), owner_id: id('owner_id', raw.owner_id), tier_id: id('tier_id', raw.tier_id) };
  if (region) q.region = region;
  if (q.from && q.to && q.from > q.to) throw badRequest({ to: reason('end_before_start') });
  return q;
}

export function scopeOf(q: KpiQuery, actor: Actor, now: Date): DashboardScope {
  const to = q.to ?? (q.from && q.from > chinaDay(now) ? q.from : chinaDay(now));
  const own = actor.role === 'sales_consultant';
  return {
    from: q.from ?? addDays(to, 1 - DEFAULT_DAYS), to,
    region: q.region ?? null, tier_id: q.tier_id ?? null,
    owner_id: own ? actor.id : (q.owner_id ?? null),
    scope: own ? 'own' : 'department',
  };
}
