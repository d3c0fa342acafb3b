import type { Knex } from 'knex';
import type { Row, RowChange, RowsHook } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';

/**
 * An event's budget lines (场地, 餐饮茶歇, 礼品奖品 …) are where its money is planned and booked: once an event
 * has lines, its `budget` is the sum of their planned cost and its `actual_cost` the sum of the actual cost
 * recorded (none recorded: null). The totals stay on the event row because the plan, the calendar and the
 * scorecard read them for many events at once.
 */

const CHUNK = 500;

const idOf = (v: unknown): number | null => (v == null || v === '' ? null : Number(v));
const cents = (v: unknown): number | null => (v == null ? null : Math.round(Number(v) * 100) / 100);

/** The events a set of line changes touches: the old and the new event of every line (a line moved counts twice). */
export function touchedEvents(changes: readonly RowChange[]): number[] {
  const ids = new Set<number>();
  for (const { before, after } of changes) {
    for (const id of [idOf(before?.event_id), idOf(after?.event_id)]) if (id != null) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

interface Totals {
  budget: number;
  actual_cost: number | null;
}

/** The sums of each event's lines; an event left without lines sums to a budget of 0 and no actual cost. */
async function totalsOf(trx: Knex.Transaction, eventIds: readonly number[]): Promise<Map<number, Totals>> {
  const rows: { event_id: unknown; planned: unknown; actual: unknown }[] = await trx('event_budget_lines')
    .whereIn('event_id', eventIds)
    .groupBy('event_id')
    .select('event_id', trx.raw('SUM(planned) AS planned'), trx.raw('SUM(actual) AS actual'));
  const sums = new Map(rows.map((r) => [Number(r.event_id), { budget: cents(r.planned) ?? 0, actual_cost: cents(r.actual) }]));
  return new Map(eventIds.map((id) => [id, sums.get(id) ?? { budget: 0, actual_cost: null }]));
}

/** Writes the sums onto the events whose totals differ, bumping their version so an open edit form learns of it. */
export async function refreshEventTotals(trx: Knex.Transaction, eventIds: readonly number[]): Promise<void> {
  const stamp = new Date().toISOString();
  for (let i = 0; i < eventIds.length; i += CHUNK) {
    const chunk = eventIds.slice(i, i + CHUNK);
    const totals = await totalsOf(trx, chunk);
    const current: Row[] = await trx('events').whereIn('id', chunk).select('id', 'budget', 'actual_cost');
    for (const row of current) {
      const next = totals.get(Number(row.id));
      if (!next || (cents(row.budget) === next.budget && cents(row.actual_cost) === next.actual_cost)) continue;
      await trx('events').where({ id: row.id }).update({ ...next, updated_at: stamp, version: trx.raw('version + 1') });
    }
  }
}

/** A cancelled event takes no new lines (created on it or moved to it); its existing ones may still be settled. */
async function refuseCancelled(trx: Knex.Transaction, changes: readonly RowChange[]): Promise<void> {
  const arriving = new Set<number>();
  for (const { before, after } of changes) {
    const to = idOf(after?.event_id);
    if (to != null && to !== idOf(before?.event_id)) arriving.add(to);
  }
  if (!arriving.size) return;
  const cancelled = await trx('events').whereIn('id', [...arriving]).andWhere({ status: 'cancelled' }).first('id');
  if (cancelled) throw badRequest({ event_id: reason('event_cancelled') });
}

/** After lines are written (one, a bulk change or an import): the rule on cancelled events, then the events' totals. */
export const afterBudgetLineRows: RowsHook = async (trx, changes) => {
  await refuseCancelled(trx, changes);
  await refreshEventTotals(trx, touchedEvents(changes));
};

const TOTALS = ['budget', 'actual_cost'] as const;

/** The totals a write to events tried to change (a value equal to the stored one is an echo of the form, not a change). */
function changedTotals(before: Row, after: Row): string[] {
  return TOTALS.filter((f) => cents(before[f]) !== cents(after[f]));
}

/** An event with budget lines takes its budget and actual cost from them: writing either directly is refused. */
export const guardEventTotals: RowsHook = async (trx, changes) => {
  const edits = changes.flatMap(({ before, after }) => (before && after ? [{ id: Number(after.id), fields: changedTotals(before, after) }] : []))
    .filter((e) => e.fields.length > 0);
  if (!edits.length) return;
  const withLines = new Set<number>();
  for (let i = 0; i < edits.length; i += CHUNK) {
    const rows: { event_id: unknown }[] = await trx('event_budget_lines').whereIn('event_id', edits.slice(i, i + CHUNK).map((e) => e.id)).distinct('event_id');
    for (const r of rows) withLines.add(Number(r.event_id));
  }
  const refused = edits.find((e) => withLines.has(e.id));
  if (!refused) return;
  const errors: Record<string, Reason> = Object.fromEntries(refused.fields.map((f) => [f, reason('from_budget_lines')]));
  throw badRequest(errors);
};
