import type { Knex } from 'knex';
import { createToken } from '../../server/auth/tokens.js';
import { benchCustomerValue } from './customerValue.js';

interface AnalyticsBench {
  db: Knex;
  base: string;
  tokens: { sales: string };
  /** times the server side of the requests made by `step` */
  measure: (label: string, runs: number, target: number | undefined, step: (i: number) => Promise<unknown>) => Promise<void>;
}

const TARGET_MS = 300;

/**
 * The dashboard (six KPIs, each with its 12-month trend) for the department's manager and for a sales consultant,
 * and the reports: complaint analysis and the satisfaction trend by service item, over this year.
 */
export async function benchAnalytics({ db, base, tokens, measure }: AnalyticsBench): Promise<void> {
  const manager = await db('users').where({ role: 'cs_manager' }).orderBy('id').first('id');
  if (!manager) throw new Error('no cs_manager in the bench database');
  const managerToken = (await createToken(db, Number(manager.id), 'bench', null)).token;
  const region = (await db('customers').whereNotNull('region').first('region'))?.region as string | undefined;
  const call = async (path: string, token: string) => {
    const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  console.log('');
  await measure('Dashboard: the department (manager, last 30 days)', 20, TARGET_MS, () => call('/analytics/dashboard', managerToken));
  await measure('Dashboard: the department in one region', 20, TARGET_MS, () =>
    call(`/analytics/dashboard?region=${encodeURIComponent(region ?? '')}`, managerToken));
  await measure('Dashboard: a sales consultant\'s own customers', 20, TARGET_MS, () => call('/analytics/dashboard', tokens.sales));
  const year = `from=${new Date().getFullYear()}-01-01`;
  await measure('Complaint analysis: the department, this year', 20, TARGET_MS, () => call(`/analytics/complaints?${year}`, managerToken));
  await measure('Satisfaction by service item: the department, 12 months', 20, TARGET_MS, () => call(`/analytics/satisfaction?${year}`, managerToken));
  await measure('Satisfaction by service item: a sales consultant', 20, TARGET_MS, () => call(`/analytics/satisfaction?${year}`, tokens.sales));
  await measure('Events side by side: the year\'s last finished events', 20, TARGET_MS, () => call(`/analytics/events?${year}`, managerToken));
  await measure('Events side by side: narrowed to one region', 20, TARGET_MS, () => call(`/analytics/events?${year}&region=${encodeURIComponent(region ?? '')}`, managerToken));
  await measure('Follow-up completion: the department, this year', 20, TARGET_MS, () => call(`/follow_ups/report?${year}`, managerToken));
  await measure('Follow-up completion: a sales consultant', 20, TARGET_MS, () => call(`/follow_ups/report?${year}`, tokens.sales));
  await measure('Prospects (A卡): the department, this year', 20, TARGET_MS, () => call(`/analytics/prospects?${year}`, managerToken));
  await measure('Owners (C卡) composition: the department, this year', 20, TARGET_MS, () => call(`/analytics/owners?${year}`, managerToken));
  await measure('Owners (C卡) flow: the department, 12 months', 20, TARGET_MS, () => call(`/analytics/flow?${year}`, managerToken));
  await measure('Owners (C卡) loyalty: the department, this year', 20, TARGET_MS, () => call(`/analytics/loyalty?${year}`, managerToken));
  await measure('Owners (C卡) loyalty: a sales consultant', 20, TARGET_MS, () => call(`/analytics/loyalty?${year}`, tokens.sales));
  await benchCustomerValue({ db, region, call, measure, tokens: { manager: managerToken, sales: tokens.sales } });
}
