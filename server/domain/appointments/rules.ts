import type { Knex } from 'knex';
import type { Row, RowChange, RowsHook } from '../../resources/types.js';
import { reason } from '../../rest/reasons.js';
import { badRequest } from '../../errors.js';
import { chinaClock, chinaDay } from '../chinaTime.js';

/**
 * An appointment's life: scheduled → reminded → arrived | no_show | cancelled (a scheduled one may also go
 * straight to any of the three); those three are final. New appointments start scheduled and not in the past
 * (a few minutes' grace for the time it takes to fill in the form); one moved later lands in the future too.
 * An advisor sees one customer at a time: the span scheduled_at … + duration_minutes may not overlap another
 * appointment of the same advisor that still holds its slot (cancelled and no-show ones free it).
 * The server stamps reminded_at and arrived_at. Written as a rows hook so single writes, bulk changes and
 * imports are held to the same rules, and a clash between two rows of the same chunk is found too.
 */
export const FLOW: Record<string, readonly string[]> = {
  scheduled: ['reminded', 'arrived', 'no_show', 'cancelled'],
  reminded: ['arrived', 'no_show', 'cancelled'],
  arrived: [],
  no_show: [],
  cancelled: [],
};

/** Statuses whose appointment still occupies the advisor's time. */
export const HOLDS_SLOT = ['scheduled', 'reminded', 'arrived'] as const;
const FREE = new Set(['cancelled', 'no_show']);
const FINAL = new Set(['arrived', 'no_show', 'cancelled']);
export const PAST_GRACE_MS = 5 * 60_000;
const LONGEST_MS = 600 * 60_000;

const msOf = (v: unknown): number => Date.parse(v instanceof Date ? v.toISOString() : String(v));
const minutesOf = (r: Row): number => Number(r.duration_minutes ?? 60);

/** When a row asks for its time now: it was just booked or moved (to another time, length or advisor). */
function claimsSlot({ before, after }: RowChange): boolean {
  if (!after || FREE.has(String(after.status))) return false;
  if (!before) return true;
  return msOf(before.scheduled_at) !== msOf(after.scheduled_at)
    || minutesOf(before) !== minutesOf(after)
    || Number(before.advisor_id ?? 0) !== Number(after.advisor_id ?? 0);
}

function moved({ before, after }: RowChange): boolean {
  return !!before && !!after && (msOf(before.scheduled_at) !== msOf(after.scheduled_at) || minutesOf(before) !== minutesOf(after));
}

/** The flow and the clock, row by row, without reading anything. */
function checkOne(change: RowChange, nowMs: number): void {
  const { before, after } = change;
  if (!after) return;
  const from = before ? String(before.status) : null;
  const to = String(after.status);
  if (from === null && to !== 'scheduled') throw badRequest({ status: reason('status_flow', { from: '-', to }) });
  if (from !== null && from !== to && !FLOW[from]?.includes(to)) throw badRequest({ status: reason('status_flow', { from, to }) });
  if (from !== null && FINAL.has(from) && moved(change)) throw badRequest({ scheduled_at: reason('appointment_closed') });
  if ((from === null || moved(change)) && msOf(after.scheduled_at) < nowMs - PAST_GRACE_MS) {
    throw badRequest({ scheduled_at: reason('appointment_in_past') });
  }
  // nobody can have failed to come before the time they were expected
  if (to === 'no_show' && from !== 'no_show' && msOf(after.scheduled_at) > nowMs) throw badRequest({ status: reason('no_show_too_early') });
}

interface Span {
  id: number;
  advisor: number;
  start: number;
  end: number;
}

const spanOf = (r: Row): Span => {
  const start = msOf(r.scheduled_at);
  return { id: Number(r.id), advisor: Number(r.advisor_id), start, end: start + minutesOf(r) * 60_000 };
};

/**
 * The first clash of a row that claims its slot with any other appointment of its advisor, read in one query
 * for the whole chunk (the rows of the chunk are already written, so two of them clashing are found as well).
 */
export async function findClash(trx: Knex, claims: Row[]): Promise<{ claim: Span; other: Span } | null> {
  const spans = claims.filter((r) => r.advisor_id != null).map(spanOf);
  if (!spans.length) return null;
  const from = Math.min(...spans.map((s) => s.start)) - LONGEST_MS;
  const to = Math.max(...spans.map((s) => s.end));
  const rows: Row[] = await trx('appointments')
    .whereIn('advisor_id', [...new Set(spans.map((s) => s.advisor))])
    .whereIn('status', HOLDS_SLOT)
    .where('scheduled_at', '>', new Date(from).toISOString())
    .where('scheduled_at', '<', new Date(to).toISOString())
    .select('id', 'advisor_id', 'scheduled_at', 'duration_minutes');
  const others = rows.map(spanOf);
  for (const claim of spans) {
    const other = others.find((o) => o.id !== claim.id && o.advisor === claim.advisor && o.start < claim.end && claim.start < o.end);
    if (other) return { claim, other };
  }
  return null;
}

export function slotTaken(other: { start: number; end: number }): ReturnType<typeof badRequest> {
  const time = `${chinaDay(other.start)} ${chinaClock(other.start)}–${chinaClock(other.end)}`;
  return badRequest({ scheduled_at: reason('slot_taken', { time }) });
}

/** The moments the server keeps: when the customer was reminded, when they arrived. */
async function stamp(trx: Knex.Transaction, changes: readonly RowChange[], now: Date): Promise<void> {
  const entered = (status: string) => changes
    .filter((c) => c.after && String(c.after.status) === status && (!c.before || String(c.before.status) !== status))
    .map((c) => Number(c.after?.id));
  const at = now.toISOString();
  const reminded = entered('reminded');
  const arrived = entered('arrived');
  if (reminded.length) await trx('appointments').whereIn('id', reminded).update({ reminded_at: at });
  if (arrived.length) await trx('appointments').whereIn('id', arrived).update({ arrived_at: at });
}

export const checkAppointmentChanges: RowsHook = async (trx, changes) => {
  const now = new Date();
  for (const change of changes) checkOne(change, now.getTime());
  const clash = await findClash(trx, changes.filter(claimsSlot).map((c) => c.after as Row));
  if (clash) throw slotTaken(clash.other);
  await stamp(trx, changes, now);
};
