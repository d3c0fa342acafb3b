import { formatInteger, formatMoney } from '../../i18n/formats';
import type { Scorecard } from './eventsApi';
import type { FollowUpCount } from '../../../server/domain/event/scorecard';

export interface Tile {
  /** names the figure (its test id) */
  key: string;
  /** the label's message key */
  label: string;
  value: string;
  hint?: { message: string; args: Record<string, string | number> };
  tone?: 'good' | 'bad';
}

export interface TileGroup {
  key: 'turnout' | 'conversion' | 'quality' | 'follow_up';
  /** the heading's message key */
  label: string;
  tiles: Tile[];
}

const NONE = '—';
/** the scorecard's message keys start so (a prefix, not a message) */
const S = 'crm.events.scorecard.';

/** 0.456 → `45.6%`; none when nobody was invited. */
export function formatRate(rate: number | null): string {
  if (rate == null || !Number.isFinite(rate)) return NONE;
  return `${(Math.round(rate * 1000) / 10).toString()}%`;
}

const money = (v: number | null) => (v == null ? NONE : formatMoney(v));
const tile = (key: string, value: string, extra: Partial<Tile> = {}): Tile => ({ key, label: `${S}${key}`, value, ...extra });

/** Calls done of those scheduled (`3 / 5`); before the event is done there are none yet, and the hint says when they come. */
function followUpTile(key: 'follow_ups_attendees' | 'follow_ups_no_shows', count: FollowUpCount | undefined): Tile {
  const c = count ?? { scheduled: 0, done: 0 };
  return c.scheduled > 0
    ? { key, label: `crm.plan.scorecard.${key}`, value: `${formatInteger(c.done)} / ${formatInteger(c.scheduled)}`, hint: { message: 'crm.plan.scorecard.follow_ups_hint', args: {} } }
    : { key, label: `crm.plan.scorecard.${key}`, value: NONE, hint: { message: 'crm.plan.scorecard.follow_ups_none', args: {} } };
}

/** The scorecard as the panel shows it: four groups of figures, each with its label key and an optional hint. */
export function scorecardTiles(s: Scorecard): TileGroup[] {
  return [
    {
      key: 'turnout',
      label: `${S}groups.turnout`,
      tiles: [
        tile('invited', formatInteger(s.invited)),
        tile('confirmed', formatInteger(s.confirmed)),
        tile('attended', formatInteger(s.attended), { tone: 'good' }),
        tile('attendance_rate', formatRate(s.attendance_rate), { hint: { message: `${S}attendance_rate_hint`, args: { rate: formatRate(s.show_rate) } } }),
        tile('walk_ins', formatInteger(s.walk_ins)),
        tile('no_shows', formatInteger(s.no_shows), { tone: s.no_shows > 0 ? 'bad' : undefined }),
      ],
    },
    {
      key: 'conversion',
      label: `${S}groups.conversion`,
      tiles: [
        tile('new_prospects', formatInteger(s.new_prospects)),
        tile('referrals', formatInteger(s.referrals)),
        tile('service_visits', formatInteger(s.service_visits), { hint: { message: `${S}revenue`, args: { amount: formatMoney(s.service_revenue) } } }),
        tile('purchases', formatInteger(s.purchases), { hint: { message: `${S}revenue`, args: { amount: formatMoney(s.purchase_revenue) } } }),
      ],
    },
    {
      key: 'quality',
      label: `${S}groups.quality`,
      tiles: [
        tile('satisfaction', s.satisfaction.average == null ? NONE : `${s.satisfaction.average.toFixed(1)} / 5`, {
          hint: { message: `${S}satisfaction_hint`, args: { smart_count: s.satisfaction.answers } },
        }),
        tile('cost_per_attendee', money(s.cost_per_attendee), { hint: s.cost == null ? undefined : { message: `${S}cost_hint`, args: { amount: formatMoney(s.cost) } } }),
      ],
    },
    {
      key: 'follow_up',
      label: 'crm.plan.scorecard.group_follow_up',
      tiles: [followUpTile('follow_ups_attendees', s.follow_ups?.attendees), followUpTile('follow_ups_no_shows', s.follow_ups?.no_shows)],
    },
  ];
}
