import { formatInteger } from '../../../i18n/formats';
import { formatRate } from '../../../resources/events/scorecardTiles';
import type { Results } from './planApi';

/** The year's and quarters' result figures as the plan page shows them, pure so the wording can be tested. */
export interface Figure {
  /** the label's key under crm.plan.results */
  key: 'attended' | 'attendance_rate' | 'satisfaction' | 'referrals' | 'revenue' | 'cost_per_attendee';
  value: string;
  /** a message under crm.plan.results with its arguments, under the value */
  hint?: { message: 'answers' | 'revenue_hint'; args: Record<string, number> };
}

const NONE = '—';
const yuan = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });

/** Whole yuan (`¥120,600`): a roll-up's cents are noise on a tile. */
export function wholeYuan(value: number | null): string {
  return value == null || !Number.isFinite(value) ? NONE : yuan.format(value);
}

/** `4.5`, `3.25` → `3.3`: one decimal, as the scorecard shows it. */
export function scoreOf(average: number | null): string | null {
  return average == null ? null : average.toFixed(1);
}

export function resultFigures(r: Results): Figure[] {
  return [
    { key: 'attended', value: formatInteger(r.attended) },
    { key: 'attendance_rate', value: formatRate(r.attendance_rate) },
    { key: 'satisfaction', value: scoreOf(r.satisfaction.average) ?? NONE, hint: { message: 'answers', args: { smart_count: r.satisfaction.answers } } },
    { key: 'referrals', value: formatInteger(r.referrals) },
    { key: 'revenue', value: wholeYuan(r.revenue) },
    { key: 'cost_per_attendee', value: wholeYuan(r.cost_per_attendee) },
  ];
}

export interface QuarterMoney {
  plan: number | null;
  events: number;
  actual: number | null;
  /** the events' budget above the quarter's (0 when within), or what is left of it; null without a quarter budget */
  over: number | null;
  left: number | null;
}

/** The quarter's budget from the plan against what its events were budgeted and have cost (an unbooked cost reads as none). */
export function quarterMoney(plan: number | null, eventsBudget: number, actual: number): QuarterMoney {
  const over = plan == null ? null : Math.max(0, eventsBudget - plan);
  return { plan, events: eventsBudget, actual: actual === 0 ? null : actual, over, left: plan == null ? null : Math.max(0, plan - eventsBudget) };
}
