import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { careSetting } from '../care/settings.js';
import { atChinaTime, chinaMonth } from '../chinaTime.js';

/**
 * The appointment success rate (预约成功率, seed 002: "now 50%, at least 80% by …") per China-time month of
 * the appointment: arrived ÷ settled, where settled = arrived + no-show + cancelled. A cancellation counts
 * as a failed booking whoever called it off (the data does not say who did, and the seed's rate is "came as
 * booked"); appointments still scheduled or reminded have no outcome yet and are counted apart as `open`,
 * so a month in progress is not dragged down by bookings still to come.
 */
export interface MonthRate {
  month: string;
  arrived: number;
  no_show: number;
  cancelled: number;
  open: number;
  settled: number;
  /** percent with one decimal; null when nothing settled */
  rate: number | null;
}

export interface SuccessStats {
  target: number;
  months: MonthRate[];
  total: MonthRate;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (v: unknown): v is string => typeof v === 'string' && MONTH.test(v);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const empty = (month: string): MonthRate => ({ month, arrived: 0, no_show: 0, cancelled: 0, open: 0, settled: 0, rate: null });

function finish(m: MonthRate): MonthRate {
  m.settled = m.arrived + m.no_show + m.cancelled;
  m.rate = m.settled ? Math.round((m.arrived / m.settled) * 1000) / 10 : null;
  return m;
}

/** Months `from` … `to` (YYYY-MM, inclusive), optionally one advisor's; two columns read, counted by China-time month here. */
export async function successRates(db: Knex, from: string, to: string, advisorId?: number): Promise<SuccessStats> {
  const months = new Map<string, MonthRate>();
  for (let m = from; m <= to; m = nextMonth(m)) months.set(m, empty(m));
  const qb = db('appointments')
    .where('scheduled_at', '>=', atChinaTime(`${from}-01`, 0).toISOString())
    .where('scheduled_at', '<', atChinaTime(`${nextMonth(to)}-01`, 0).toISOString())
    .select('scheduled_at', 'status');
  if (advisorId != null) qb.where('advisor_id', advisorId);
  const rows: Row[] = await qb;
  for (const r of rows) {
    const m = months.get(chinaMonth(r.scheduled_at instanceof Date ? r.scheduled_at : String(r.scheduled_at)));
    if (!m) continue;
    const s = String(r.status);
    if (s === 'arrived') m.arrived += 1;
    else if (s === 'no_show') m.no_show += 1;
    else if (s === 'cancelled') m.cancelled += 1;
    else m.open += 1;
  }
  const list = [...months.values()].map(finish);
  const total = empty(`${from}…${to}`);
  for (const m of list) {
    total.arrived += m.arrived;
    total.no_show += m.no_show;
    total.cancelled += m.cancelled;
    total.open += m.open;
  }
  return { target: (await careSetting(db, 'appointments')).success_target_percent, months: list, total: finish(total) };
}
