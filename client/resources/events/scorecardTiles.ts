import { formatInteger, formatMoney } from '../../i18n/formats';
import type { Scorecard } from './eventsApi';

export interface Tile {
  /** the label's key under crm.events.scorecard */
  key: string;
  value: string;
  hint?: { message: string; args: Record<string, string | number> };
  tone?: 'good' | 'bad';
}

export interface TileGroup {
  key: 'turnout' | 'conversion' | 'quality';
  tiles: Tile[];
}

const NONE = '—';

/** 0.456 → `45.6%`; none when nobody was invited. */
export function formatRate(rate: number | null): string {
  if (rate == null || !Number.isFinite(rate)) return NONE;
  return `${(Math.round(rate * 1000) / 10).toString()}%`;
}

const money = (v: number | null) => (v == null ? NONE : formatMoney(v));

/** The scorecard as the panel shows it: three groups of figures, each with its label key and an optional hint. */
export function scorecardTiles(s: Scorecard): TileGroup[] {
  return [
    {
      key: 'turnout',
      tiles: [
        { key: 'invited', value: formatInteger(s.invited) },
        { key: 'confirmed', value: formatInteger(s.confirmed) },
        { key: 'attended', value: formatInteger(s.attended), tone: 'good' },
        { key: 'attendance_rate', value: formatRate(s.attendance_rate), hint: { message: 'attendance_rate_hint', args: { rate: formatRate(s.show_rate) } } },
        { key: 'walk_ins', value: formatInteger(s.walk_ins) },
        { key: 'no_shows', value: formatInteger(s.no_shows), tone: s.no_shows > 0 ? 'bad' : undefined },
      ],
    },
    {
      key: 'conversion',
      tiles: [
        { key: 'new_prospects', value: formatInteger(s.new_prospects) },
        { key: 'referrals', value: formatInteger(s.referrals) },
        { key: 'service_visits', value: formatInteger(s.service_visits), hint: { message: 'revenue', args: { amount: formatMoney(s.service_revenue) } } },
        { key: 'purchases', value: formatInteger(s.purchases), hint: { message: 'revenue', args: { amount: formatMoney(s.purchase_revenue) } } },
      ],
    },
    {
      key: 'quality',
      tiles: [
        {
          key: 'satisfaction',
          value: s.satisfaction.average == null ? NONE : `${s.satisfaction.average.toFixed(1)} / 5`,
          hint: { message: 'satisfaction_hint', args: { smart_count: s.satisfaction.answers } },
        },
        { key: 'cost_per_attendee', value: money(s.cost_per_attendee), hint: s.cost == null ? undefined : { message: 'cost_hint', args: { amount: formatMoney(s.cost) } } },
      ],
    },
  ];
}
