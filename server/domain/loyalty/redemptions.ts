import type { Knex } from 'knex';
import type { Row, RowsHook } from '../../resources/types.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { addEntry, reverseEntry } from './ledger.js';

/**
 * Redeeming a gift: the points are the gift's price × quantity, taken from the balance and the stock in the
 * redemption's own transaction by conditional updates (two clerks redeeming the last one at once: one
 * succeeds, the other gets a 400). A redemption's customer, gift and quantity are fixed once created; its
 * status goes requested → fulfilled, and requested or fulfilled → cancelled, which gives the points back
 * (a reversal entry) and puts the stock back. It is never deleted.
 */
const FLOW: Record<string, readonly string[]> = {
  requested: ['requested', 'fulfilled', 'cancelled'],
  fulfilled: ['fulfilled', 'cancelled'],
  cancelled: ['cancelled'],
};
const FIXED = ['customer_id', 'gift_id', 'quantity'] as const;

const today = () => new Date().toISOString().slice(0, 10);
const day = (v: unknown) => (v == null ? null : (v instanceof Date ? v.toISOString() : String(v)).slice(0, 10));

export async function prepareRedemption(trx: Knex.Transaction, values: Row, id?: number): Promise<Row> {
  if (id !== undefined) {
    const stored = await trx('redemptions').where({ id }).first();
    const errors: Record<string, ReturnType<typeof reason>> = {};
    for (const f of FIXED) if (values[f] !== undefined && String(values[f]) !== String(stored[f])) errors[f] = reason('fixed_after_create');
    if (values.status !== undefined && !FLOW[String(stored.status)]?.includes(String(values.status))) {
      errors.status = reason('status_flow', { from: String(stored.status), to: String(values.status) });
    }
    if (Object.keys(errors).length) throw badRequest(errors);
    const { points: _points, ...rest } = values;
    return rest;
  }
  if (values.status === 'cancelled') throw badRequest({ status: reason('status_flow', { from: '-', to: 'cancelled' }) });
  const gift = await trx('gifts').where({ id: values.gift_id }).first();
  const on = today();
  const validFrom = day(gift?.valid_from);
  const validTo = day(gift?.valid_to);
  if (!gift || !gift.active || (validFrom && validFrom > on) || (validTo && validTo < on)) {
    throw badRequest({ gift_id: reason('gift_unavailable') });
  }
  const quantity = Number(values.quantity ?? 1);
  const taken = await trx('gifts').where('id', gift.id).andWhere('stock', '>=', quantity)
    .update({ stock: trx.raw('stock - ?', [quantity]), updated_at: new Date().toISOString() });
  if (taken !== 1) {
    const stock = Number((await trx('gifts').where('id', gift.id).first('stock'))?.stock ?? 0);
    throw badRequest({ [stock > 0 ? 'quantity' : 'gift_id']: reason('out_of_stock', { stock }) });
  }
  return {
    ...values,
    quantity,
    points: Number(gift.points_price) * quantity,
    redeemed_at: values.redeemed_at ?? new Date().toISOString(),
  };
}

export const afterRedemptionRows: RowsHook = async (trx, changes, ctx) => {
  for (const { before, after } of changes) {
    if (!after) continue;
    const id = Number(after.id);
    if (!before) {
      const gift = await trx('gifts').where({ id: after.gift_id }).first('name');
      await addEntry(trx, {
        customer_id: Number(after.customer_id), points: -Number(after.points), reason: 'redemption',
        source_type: 'redemptions', source_id: id, author_id: ctx.actor.id,
        note: `兑换礼品：${String(gift?.name ?? '')}×${String(after.quantity)}`,
      }, { field: 'quantity' });
      if (after.handled_by_id == null) await trx('redemptions').where({ id }).update({ handled_by_id: ctx.actor.id });
      continue;
    }
    if (before.status !== 'cancelled' && after.status === 'cancelled') {
      const entry = await trx('point_entries').where({ source_type: 'redemptions', source_id: id, reason: 'redemption' }).first('id');
      if (entry) {
        await reverseEntry(trx, Number(entry.id), { author_id: ctx.actor.id, note: `取消兑换退回积分（兑换 #${id}）`, allowRedemption: true, field: 'status' });
      }
      await trx('gifts').where({ id: after.gift_id }).update({ stock: trx.raw('stock + ?', [Number(after.quantity)]) });
    }
  }
};
