import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { getResource } from '../../resources/index.js';
import { recordChange, type AuditContext } from '../audit.js';
import { serialize } from '../../rest/serialize.js';
import { reverseEntry } from '../loyalty/ledger.js';

/**
 * What cannot simply move because the kept customer already has its like: one person is one participant of an
 * event (unique event + customer), and gets one birthday card on a day.
 */

const progress = (r: Row) => (r.attended === true || r.attended === 1 ? 2 : r.rsvp === 'yes' ? 1 : 0);

/**
 * Both customers invited to the same event: the participant row that went further (attended, then said yes;
 * the kept customer's on a tie) stays and is moved, the other is deleted (audited). If both attended, the
 * points the deleted one earned are reversed in the ledger (one person, one event's points), once the ledger
 * has moved; answered as the entries to reverse.
 */
export async function resolveEventClashes(trx: Knex.Transaction, ctx: AuditContext, removedId: number, keptId: number): Promise<{ dropped: number; reverse: number[] }> {
  const def = getResource('event_participants');
  if (!def) return { dropped: 0, reverse: [] };
  const theirs: Row[] = await trx('event_participants').where({ customer_id: removedId });
  if (!theirs.length) return { dropped: 0, reverse: [] };
  const ours = new Map<number, Row>(
    (await trx('event_participants').where({ customer_id: keptId }).whereIn('event_id', theirs.map((r) => Number(r.event_id))))
      .map((r: Row) => [Number(r.event_id), r]),
  );
  const reverse: number[] = [];
  let dropped = 0;
  for (const removedRow of theirs) {
    const keptRow = ours.get(Number(removedRow.event_id));
    if (!keptRow) continue;
    const loser = progress(removedRow) > progress(keptRow) ? keptRow : removedRow;
    const winner = loser === keptRow ? removedRow : keptRow;
    if (progress(loser) === 2 && progress(winner) === 2) {
      const earned = await trx('point_entries').where({ source_type: 'event_participants', source_id: loser.id, reason: 'event' })
        .whereNotExists(trx('point_entries as r').whereRaw('r.reverses_id = point_entries.id').select('r.id')).select('id');
      reverse.push(...earned.map((e: Row) => Number(e.id)));
    }
    await trx('event_participants').where({ id: loser.id }).delete();
    await recordChange(trx, ctx, def, 'delete', serialize(def, loser), null);
    dropped += 1;
  }
  return { dropped, reverse };
}

/** Reverses the double event points found above, as far as the merged balance allows (a spent balance keeps them). */
export async function reverseDoublePoints(trx: Knex.Transaction, ctx: AuditContext, entries: readonly number[]): Promise<number> {
  let reversed = 0;
  for (const id of entries) {
    const entry = await trx('point_entries').where({ id }).first('points', 'customer_id');
    const balance = await trx('customers').where({ id: entry?.customer_id }).first('points_balance');
    if (!entry || Number(balance?.points_balance ?? 0) < Number(entry.points)) continue;
    await reverseEntry(trx, id, { author_id: ctx.actor.id, note: '客户合并：同一活动的重复签到积分冲正' });
    reversed += 1;
  }
  return reversed;
}

/** The removed customer's scheduled greetings, looked up before the records move. */
export async function scheduledTouches(trx: Knex.Transaction, customerId: number): Promise<number[]> {
  return (await trx('care_touches').where({ customer_id: customerId, status: 'scheduled' }).select('id')).map((r: Row) => Number(r.id));
}

/**
 * Greetings both records had scheduled for the same kind, holiday and day: the moved one is skipped (kept,
 * marked so the team does not send two cards to one person). Answers how many were skipped.
 */
export async function skipDoubleGreetings(trx: Knex.Transaction, ctx: AuditContext, movedIds: readonly number[], keptId: number): Promise<number> {
  const def = getResource('care_touches');
  if (!def || !movedIds.length) return 0;
  const moved = new Set(movedIds);
  const all: Row[] = (await trx('care_touches').where({ customer_id: keptId, status: 'scheduled' })).map((r: Row) => serialize(def, r));
  const key = (r: Row) => `${String(r.touch_type)}|${String(r.holiday ?? '')}|${String(r.scheduled_date)}`;
  const taken = new Set(all.filter((r) => !moved.has(Number(r.id))).map(key));
  let skipped = 0;
  for (const before of all.filter((r) => moved.has(Number(r.id)))) {
    if (!taken.has(key(before))) continue;
    await trx('care_touches').where({ id: before.id }).update({ status: 'skipped', updated_at: new Date().toISOString(), version: Number(before.version) + 1 });
    await recordChange(trx, ctx, def, 'update', before, { ...before, status: 'skipped' });
    skipped += 1;
  }
  return skipped;
}
