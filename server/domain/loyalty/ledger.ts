import type { Knex } from 'knex';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';

export type PointReason = 'purchase' | 'service' | 'referral' | 'event' | 'redemption' | 'expiry' | 'adjustment' | 'reversal';

/** Reasons whose points count toward a tier (their reversal takes the count back). */
export const EARNING: ReadonlySet<PointReason> = new Set(['purchase', 'service', 'referral', 'event', 'adjustment']);

export interface NewEntry {
  customer_id: number;
  points: number;
  reason: PointReason;
  /** defaults to `points` for earnings, 0 for spending */
  qualifying_points?: number;
  source_type?: string | null;
  source_id?: number | null;
  note?: string | null;
  author_id?: number | null;
  batch_id?: string | null;
  reverses_id?: number | null;
}

/** Which field a refused movement is reported on (the form field the user can change). */
export interface EntryOptions {
  field?: string;
}

/**
 * Adds one signed entry to the ledger and moves the customer's balance by it, in the caller's transaction.
 * The balance moves by a conditional increment: the database applies it only if the result is not negative,
 * and on PostgreSQL concurrent writers to one customer queue on that row, so the balance always equals the
 * ledger's sum and never goes below zero. A refused spend is a 400 naming `field`.
 */
export async function addEntry(trx: Knex.Transaction, entry: NewEntry, options: EntryOptions = {}): Promise<number> {
  if (!Number.isSafeInteger(entry.points) || entry.points === 0) throw badRequest({ [options.field ?? 'points']: reason('not_zero') });
  const moved = await trx('customers')
    .where('id', entry.customer_id)
    .andWhereRaw('points_balance + ? >= 0', [entry.points])
    .update({ points_balance: trx.raw('points_balance + ?', [entry.points]) });
  if (moved !== 1) {
    const customer = await trx('customers').where('id', entry.customer_id).first('points_balance');
    if (!customer) throw new AppError(404, 'not_found');
    throw badRequest({ [options.field ?? 'points']: reason('insufficient_balance', { needed: -entry.points, balance: Number(customer.points_balance) }) });
  }
  const stamp = new Date().toISOString();
  const [row] = await trx('point_entries').insert({
    customer_id: entry.customer_id,
    points: entry.points,
    reason: entry.reason,
    qualifying_points: entry.qualifying_points ?? (EARNING.has(entry.reason) ? entry.points : 0),
    source_type: entry.source_type ?? null,
    source_id: entry.source_id ?? null,
    note: entry.note?.slice(0, 500) ?? null,
    author_id: entry.author_id ?? null,
    batch_id: entry.batch_id ?? null,
    reverses_id: entry.reverses_id ?? null,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  }, ['id']);
  return Number((row as { id: number }).id);
}

export interface StoredEntry {
  id: number;
  customer_id: number;
  points: number;
  qualifying_points: number;
  reason: PointReason;
  source_type: string | null;
  source_id: number | null;
  reverses_id: number | null;
}

/**
 * Reverses one entry by a new entry of the opposite sign (entries are never edited nor deleted). A reversal
 * cannot itself be reversed, an entry only once, and a redemption's entry only by cancelling the redemption
 * (`allowRedemption`), which also puts the stock back.
 */
export async function reverseEntry(
  trx: Knex.Transaction,
  entryId: number,
  by: { author_id: number | null; note: string; field?: string; allowRedemption?: boolean },
): Promise<number> {
  const entry = (await trx('point_entries').where({ id: entryId }).first()) as StoredEntry | undefined;
  if (!entry) throw new AppError(404, 'not_found');
  if (entry.reason === 'reversal') throw badRequest({ id: reason('not_reversible', { why: 'reversal' }) });
  if (entry.reason === 'redemption' && !by.allowRedemption) throw badRequest({ id: reason('not_reversible', { why: 'redemption' }) });
  const done = await trx('point_entries').where({ reverses_id: entryId }).first('id');
  if (done) throw badRequest({ id: reason('already_reversed') });
  return addEntry(trx, {
    customer_id: Number(entry.customer_id),
    points: -Number(entry.points),
    qualifying_points: -Number(entry.qualifying_points),
    reason: 'reversal',
    source_type: entry.source_type,
    source_id: entry.source_id,
    reverses_id: entryId,
    author_id: by.author_id,
    note: by.note,
  }, { field: by.field ?? 'id' });
}
