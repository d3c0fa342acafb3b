import { at, dayFrom, dayOfMs, isoTime, partsOf, type Day } from './dates.js';
import { type Ctx, type GiftInfo, type Row } from './context.js';
import type { Draft } from './customers.js';
import { EARNING } from '../../server/domain/loyalty/ledger.js';

/** One signed movement of a customer's points, before it becomes a `point_entries` row. */
export interface LedgerItem {
  ms: number;
  points: number;
  reason: 'purchase' | 'service' | 'referral' | 'event' | 'redemption' | 'expiry' | 'adjustment' | 'reversal';
  sourceType: string | null;
  sourceId: number | null;
  note: string;
  author: number | null;
}

/**
 * Earning rules, as the programme's defaults (server/domain/loyalty/rules.ts): 1.5 points per 100 yuan of a
 * car (fleet purchases count double), 150 per 100 yuan of workshop service (insurance premiums earn nothing:
 * rebates on insurance are not allowed), 2,000 per referral that buys.
 */
export const POINTS = {
  purchase: (price: number) => Math.round((price / 100) * 1.5),
  service: (amount: number) => Math.round(amount * 1.5),
  referral: 2000,
};

interface Attempt {
  ms: number;
  kind: 'redeem' | 'expire' | 'adjust';
}

function attemptsOf(ctx: Ctx, d: Draft, firstMs: number): Attempt[] {
  const { rng } = d;
  const { today, year } = ctx.clock;
  const out: Attempt[] = [];
  const catalogueSince = dayFrom(year - 3, 1, 1);
  const firstDay = Math.max(catalogueSince, dayOfMs(firstMs) + 30);
  if (firstDay < today && rng.chance(0.2)) {
    for (let n = rng.int(1, 2); n > 0; n--) out.push({ ms: at(rng.int(firstDay, today), rng.int(9, 17), rng.int(0, 59)), kind: 'redeem' });
  }
  for (let y = partsOf(dayOfMs(firstMs)).y + 2; y < year; y++) {
    if (rng.chance(0.25)) out.push({ ms: at(dayFrom(y, 12, 31), 23, 0), kind: 'expire' });
  }
  if (rng.chance(0.03)) out.push({ ms: at(rng.int(Math.max(firstDay - 30, today - 700), today), 15), kind: 'adjust' });
  return out;
}

function giftFor(d: Draft, gifts: GiftInfo[], day: Day, budget: number): GiftInfo | null {
  const affordable = gifts.filter((g) => g.price <= budget && g.validTo >= day);
  return affordable.length ? d.rng.pick(affordable) : null;
}

/**
 * Replays a customer's earnings in time order and adds spends where the balance allows them (gift
 * redemptions, a cancelled one reversed, year-end expiry, a manual adjustment), so the balance never goes
 * below zero. Answers the ledger rows, the redemption rows and the final balance.
 */
export function ledgerOf(ctx: Ctx, d: Draft, earns: LedgerItem[]): { entries: Row[]; redemptions: Row[]; balance: number; qualifying: number } {
  const { rng } = d;
  const { clock } = ctx;
  const items = [...earns].sort((a, b) => a.ms - b.ms);
  const attempts = items.length ? attemptsOf(ctx, d, items[0].ms).sort((a, b) => a.ms - b.ms) : [];
  const redemptions: Row[] = [];
  const final: LedgerItem[] = [];
  let balance = 0;
  let next = 0;
  const spend = (a: Attempt) => {
    const day = dayOfMs(a.ms);
    if (a.kind === 'expire' && balance > 0) {
      const points = Math.round(balance * (0.1 + rng.next() * 0.2));
      if (points > 0) final.push({ ms: a.ms, points: -points, reason: 'expiry', sourceType: null, sourceId: null, note: `${partsOf(day).y - 2}年度积分有效期满清零`, author: null });
      balance -= points;
    } else if (a.kind === 'adjust') {
      const points = rng.int(1, 10) * 100;
      final.push({ ms: a.ms, points, reason: 'adjustment', sourceType: null, sourceId: null, note: '系统迁移积分补录（经客户关系部经理审批）', author: ctx.staff.managers[0] });
      balance += points;
    } else if (a.kind === 'redeem') {
      const gift = giftFor(d, ctx.gifts, day, balance * 0.7);
      if (!gift) return;
      const quantity = gift.price <= 1000 && gift.price * 2 <= balance * 0.7 && rng.chance(0.2) ? 2 : 1;
      const points = gift.price * quantity;
      const recent = day >= clock.today - 7;
      const status = recent && rng.chance(0.5) ? 'requested' : !recent && rng.chance(0.05) ? 'cancelled' : 'fulfilled';
      const id = ctx.ids.next('redemptions');
      const handler = rng.pick(ctx.staff.specialists);
      redemptions.push({
        id, customer_id: d.id, gift_id: gift.id, quantity, points, status, redeemed_at: isoTime(clock.past(a.ms)),
        handled_by_id: status === 'requested' ? null : handler, note: status === 'cancelled' ? '客户取消兑换，积分已退回' : null,
      });
      final.push({ ms: a.ms, points: -points, reason: 'redemption', sourceType: 'redemptions', sourceId: id, note: `兑换礼品：${gift.name}×${quantity}`, author: handler });
      balance -= points;
      if (status === 'cancelled') {
        final.push({ ms: a.ms + rng.int(1, 3) * 86_400_000, points, reason: 'reversal', sourceType: 'redemptions', sourceId: id, note: `取消兑换退回积分：${gift.name}`, author: handler });
        balance += points;
      }
    }
  };
  for (const item of items) {
    while (next < attempts.length && attempts[next].ms < item.ms) spend(attempts[next++]);
    final.push(item);
    balance += item.points;
  }
  while (next < attempts.length) spend(attempts[next++]);
  let qualifying = 0;
  const entries = final.map((e) => {
    const ms = clock.past(e.ms);
    const iso = isoTime(ms);
    const counts = EARNING.has(e.reason) ? e.points : 0;
    qualifying += counts;
    return {
      id: ctx.ids.next('point_entries'), customer_id: d.id, points: e.points, qualifying_points: counts, reason: e.reason, source_type: e.sourceType,
      source_id: e.sourceId, note: e.note, author_id: e.author, created_at: iso, updated_at: iso, version: 1,
    };
  });
  return { entries, redemptions: redemptions.map((r) => ({ ...r, created_at: r.redeemed_at, updated_at: r.redeemed_at, version: 1 })), balance, qualifying };
}
