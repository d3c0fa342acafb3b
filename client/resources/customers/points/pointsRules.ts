import type { Profile } from '../../../auth/session';
import type { CustomerLoyalty } from '../../../loyalty/loyaltyApi';

/**
 * What the points tab decides on the client: who sees which button, which ledger rows may be reversed, which
 * gifts are offered. The server checks every one of these again; these only keep impossible actions off screen.
 */

type Role = Profile['user']['role'];

const STAFF: readonly Role[] = ['admin', 'cs_manager', 'cs_specialist'];
const MANAGERS: readonly Role[] = ['admin', 'cs_manager'];

/** Redeem a gift, adjust points: the CS team. */
export const canSpendOrAdjust = (role: Role | undefined): boolean => role !== undefined && STAFF.includes(role);

/** Reverse a ledger entry, approve or reject an adjustment: managers. */
export const canReverseOrDecide = (role: Role | undefined): boolean => role !== undefined && MANAGERS.includes(role);

export interface LedgerEntry {
  id: number;
  points: number;
  reason: string;
  reverses_id?: number | null;
}

/** The ids of the entries some entry reverses. */
export function reversedIds(entries: readonly Pick<LedgerEntry, 'reverses_id'>[]): Set<number> {
  const ids = new Set<number>();
  for (const e of entries) if (typeof e.reverses_id === 'number') ids.add(e.reverses_id);
  return ids;
}

/**
 * An entry may be reversed unless it is a reversal itself, a redemption (cancelled from the redemption, which
 * also restores the stock) or already reversed.
 */
export function isReversible(entry: LedgerEntry, reversed: ReadonlySet<number>): boolean {
  if (entry.reason === 'reversal' || entry.reason === 'redemption') return false;
  if (entry.reverses_id !== null && entry.reverses_id !== undefined) return false;
  if (entry.points === 0) return false;
  return !reversed.has(entry.id);
}

/** The resource a ledger entry's `source_type` names (`service_visit` → `service_visits`), when the client knows it. */
export function sourceResource(sourceType: unknown, known: ReadonlySet<string>): string | null {
  if (typeof sourceType !== 'string' || sourceType === '') return null;
  if (known.has(sourceType)) return sourceType;
  return known.has(`${sourceType}s`) ? `${sourceType}s` : null;
}

export interface GiftOption {
  id: number;
  name: string;
  points_price: number;
  stock: number;
  active: boolean;
  valid_from?: string | null;
  valid_to?: string | null;
}

/** A gift can be redeemed on `today` (YYYY-MM-DD) when it is active, in stock and within its validity dates. */
export function isRedeemable(gift: GiftOption, today: string): boolean {
  if (!gift.active || gift.stock <= 0) return false;
  if (gift.valid_from && gift.valid_from.slice(0, 10) > today) return false;
  if (gift.valid_to && gift.valid_to.slice(0, 10) < today) return false;
  return true;
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The points a redemption will cost and what the balance would be after it (negative: not enough). */
export function redemptionCost(price: number | undefined, quantity: unknown, balance: number): { needed: number; after: number } {
  const q = typeof quantity === 'number' ? quantity : Number(quantity);
  const needed = price && Number.isInteger(q) && q > 0 ? price * q : 0;
  return { needed, after: balance - needed };
}

/**
 * The status changes a redemption still allows: a requested one is handed over or cancelled, a handed-over one
 * may still be cancelled (the gift came back); a cancelled one is final.
 */
export function nextRedemptionStatuses(status: unknown): ('fulfilled' | 'cancelled')[] {
  if (status === 'requested') return ['fulfilled', 'cancelled'];
  return status === 'fulfilled' ? ['cancelled'] : [];
}

/** The progress bar's value, 0–100, from the summary's 0..1 (a full bar at the top tier). */
export function progressPercent(loyalty: Pick<CustomerLoyalty, 'progress' | 'next_tier'>): number {
  if (!loyalty.next_tier) return 100;
  const p = Number.isFinite(loyalty.progress) ? loyalty.progress : 0;
  return Math.round(Math.min(1, Math.max(0, p)) * 100);
}

/** The basis line under the qualifying points, as a message key and its arguments. */
export function basisMessage(loyalty: Pick<CustomerLoyalty, 'basis' | 'window_months'>): [string, Record<string, unknown>] {
  return loyalty.basis === 'rolling'
    ? ['crm.points.summary.basis_rolling', { months: loyalty.window_months }]
    : ['crm.points.summary.basis_lifetime', {}];
}
