import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { userOf } from './actors.js';
import { balanceOf, countOf, dayFromToday, entriesOf, grant, ledgerSum, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Redeeming gifts for points (issue 5): the server prices the redemption and takes the points and the stock
 * in one transaction, refuses what the balance or the stock cannot cover, gives both back on cancelling,
 * and keeps balance = ledger sum ≥ 0 and stock ≥ 0 under concurrent requests.
 */
describe('redeeming gifts for points', () => {
  let w: World;
  let db: World['t']['db'];
  let serial = 0;

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  const gift = async (values: Row) => {
    serial += 1;
    return (await w.admin.post('/api/gifts').send({ name: `礼品${serial}`, ...values }).expect(201)).body.id as number;
  };
  const stockOf = async (id: number) => Number((await db('gifts').where({ id }).first('stock')).stock);
  const state = async (customerId: number, giftId: number) => ({
    balance: await balanceOf(db, customerId), stock: await stockOf(giftId),
    redemptions: await countOf(db, 'redemptions'), entries: await countOf(db, 'point_entries'), audit: await countOf(db, 'audit_log'),
  });

  it('when a specialist redeems within balance and stock, then the server prices it, takes points and stock, and records who handled it', async () => {
    const c = await member(w);
    await grant(w, c, 1500);
    const g = await gift({ points_price: 400, stock: 5 });
    const res = await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 2, note: '前台兑换' }).expect(201);
    const specialist = await userOf(db, 'cs_specialist');
    expect(res.body).toMatchObject({ customer_id: c, gift_id: g, quantity: 2, points: 800, status: 'requested', handled_by_id: specialist.id, note: '前台兑换' });
    expect(Date.parse(res.body.redeemed_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(await stockOf(g)).toBe(3);
    expect(await balanceOf(db, c)).toBe(700);
    expect((await entriesOf(db, c)).at(-1)).toMatchObject({ points: -800, qualifying_points: 0, reason: 'redemption', source_type: 'redemptions', source_id: res.body.id });
    expect(await ledgerSum(db, c)).toBe(700);
    // spending does not take away tier-qualifying points
    expect(await ledgerSum(db, c, 'qualifying_points')).toBe(1500);
  });

  it('when the points asked are more than the balance, then 400 on quantity and nothing changes: stock, balance, rows', async () => {
    const c = await member(w);
    await grant(w, c, 500);
    const g = await gift({ points_price: 300, stock: 10 });
    const before = await state(c, g);
    const res = await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 2 }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['quantity']);
    expect(res.body.errors.quantity).toMatch(/needs 600 points; the balance is 500/);
    expect(await state(c, g)).toEqual(before);
  });

  it('when the stock is short, then 400 on quantity; when none is left, then 400 on gift_id; nothing changes', async () => {
    const c = await member(w);
    await grant(w, c, 1000);
    const few = await gift({ points_price: 10, stock: 1 });
    const before = await state(c, few);
    const short = await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: few, quantity: 2 }).expect(400);
    expect(Object.keys(short.body.errors)).toEqual(['quantity']);
    expect(short.body.errors.quantity).toMatch(/only 1 left/);
    expect(await state(c, few)).toEqual(before);
    const none = await gift({ points_price: 10, stock: 0 });
    const beforeNone = await state(c, none);
    const empty = await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: none, quantity: 1 }).expect(400);
    expect(Object.keys(empty.body.errors)).toEqual(['gift_id']);
    expect(await state(c, none)).toEqual(beforeNone);
  });

  it.each([
    ['inactive', { active: false }],
    ['past its validity', { valid_from: dayFromToday(-30), valid_to: dayFromToday(-1) }],
    ['not yet valid', { valid_from: dayFromToday(2), valid_to: dayFromToday(30) }],
  ])('when the gift is %s, then 400 on gift_id and nothing changes', async (_what, values) => {
    const c = await member(w);
    await grant(w, c, 1000);
    const g = await gift({ points_price: 10, stock: 5, ...values });
    const before = await state(c, g);
    const res = await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 1 }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['gift_id']);
    expect(res.body.errors.gift_id).toMatch(/cannot be redeemed now/);
    expect(await state(c, g)).toEqual(before);
  });

  it('when a gift is valid through today, then it can be redeemed', async () => {
    const c = await member(w);
    await grant(w, c, 100);
    const g = await gift({ points_price: 10, stock: 5, valid_from: dayFromToday(-1), valid_to: dayFromToday(0) });
    await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 1 }).expect(201);
  });

  it('when a redemption is fulfilled and then cancelled, then stock and balance come back by a reversal entry; other moves and edits are refused', async () => {
    const c = await member(w);
    await grant(w, c, 1000);
    const g = await gift({ points_price: 250, stock: 4 });
    const r = (await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 2 }).expect(201)).body;
    expect([await stockOf(g), await balanceOf(db, c)]).toEqual([2, 500]);

    await w.specialist.put(`/api/redemptions/${r.id}`).send({ status: 'fulfilled' }).expect(200);
    const back = await w.specialist.put(`/api/redemptions/${r.id}`).send({ status: 'requested' }).expect(400);
    expect(Object.keys(back.body.errors)).toEqual(['status']);
    for (const change of [{ quantity: 1 }, { gift_id: await gift({ points_price: 1, stock: 9 }) }, { customer_id: await member(w) }]) {
      const res = await w.specialist.put(`/api/redemptions/${r.id}`).send(change).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(Object.keys(change));
      expect(res.body.errors[Object.keys(change)[0]]).toMatch(/cannot be changed once created/);
    }

    await w.specialist.put(`/api/redemptions/${r.id}`).send({ status: 'cancelled' }).expect(200);
    expect([await stockOf(g), await balanceOf(db, c)]).toEqual([4, 1000]);
    const entries = await entriesOf(db, c);
    const spent = entries.find((e) => e.reason === 'redemption') as Row;
    expect(entries.at(-1)).toMatchObject({ points: 500, qualifying_points: 0, reason: 'reversal', reverses_id: spent.id, source_type: 'redemptions', source_id: r.id });
    expect(await ledgerSum(db, c)).toBe(1000);

    // cancelled is final; saving it again as cancelled gives nothing back twice
    await w.specialist.put(`/api/redemptions/${r.id}`).send({ status: 'requested' }).expect(400);
    await w.specialist.put(`/api/redemptions/${r.id}`).send({ status: 'cancelled', note: '客户改主意' }).expect(200);
    expect([await stockOf(g), await balanceOf(db, c)]).toEqual([4, 1000]);
    // never deleted, by anyone
    await w.admin.delete(`/api/redemptions/${r.id}`).expect(403);
    await w.manager.delete('/api/redemptions').send({ ids: [r.id] }).expect(403);
    expect(await countOf(db, 'redemptions', { id: r.id })).toBe(1);
  });

  it('when a redemption is created already cancelled, then 400 on status and nothing is taken', async () => {
    const c = await member(w);
    await grant(w, c, 100);
    const g = await gift({ points_price: 10, stock: 5 });
    const before = await state(c, g);
    const res = await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 1, status: 'cancelled' }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['status']);
    expect(await state(c, g)).toEqual(before);
  });

  it('when 20 redemptions and 20 adjustments hit one customer at once, then balance = ledger sum, nothing went below zero and no more was redeemed than stock and points allowed', async () => {
    const c = await member(w);
    const START = 1000;
    const PRICE = 150;
    const STOCK = 12;
    await grant(w, c, START);
    const g = await gift({ points_price: PRICE, stock: STOCK });
    const firstEntry = Number((await db('point_entries').where({ customer_id: c }).max({ m: 'id' }).first())?.m);
    const adjustments = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 60 : -140));

    const results = await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => (i % 2 ? w.specialist : w.manager).post('/api/redemptions').send({ customer_id: c, gift_id: g, quantity: 1 })
        .then((res) => ({ kind: 'redeem' as const, points: PRICE, res }))),
      ...adjustments.map((points, i) => (i % 2 ? w.manager : w.specialist).post('/api/point_adjustments').send({ customer_id: c, points, note: `并发调整${i}` })
        .then((res) => ({ kind: 'adjust' as const, points, res }))),
    ]);

    for (const { res } of results) expect([201, 400], JSON.stringify(res.body)).toContain(res.status);
    const ok = results.filter((r) => r.res.status === 201);
    const redeemed = ok.filter((r) => r.kind === 'redeem').length;
    const credited = ok.filter((r) => r.kind === 'adjust' && r.points > 0).reduce((s, r) => s + r.points, 0);
    const debited = ok.filter((r) => r.kind === 'adjust' && r.points < 0).reduce((s, r) => s - r.points, 0);
    for (const r of results.filter((x) => x.res.status === 400)) {
      expect(Object.keys(r.res.body.errors)).toEqual([r.kind === 'redeem' ? (r.res.body.errors.gift_id ? 'gift_id' : 'quantity') : 'points']);
    }

    // the contention was real: some redemptions were refused, some went through
    expect(redeemed).toBeGreaterThan(0);
    expect(redeemed).toBeLessThan(20);
    expect(redeemed).toBeLessThanOrEqual(STOCK);
    expect(redeemed * PRICE + debited).toBeLessThanOrEqual(START + credited);

    const balance = await balanceOf(db, c);
    expect(balance).toBe(await ledgerSum(db, c));
    expect(balance).toBe(START + credited - debited - redeemed * PRICE);
    expect(balance).toBeGreaterThanOrEqual(0);
    const stock = await stockOf(g);
    expect(stock).toBeGreaterThanOrEqual(0);
    expect(stock).toBe(STOCK - redeemed);
    expect(await countOf(db, 'redemptions', { customer_id: c })).toBe(redeemed);
    expect(await countOf(db, 'point_adjustments', { customer_id: c, status: 'approved' })).toBe(1 + ok.filter((r) => r.kind === 'adjust').length);

    // replayed in the order the ledger wrote them, the balance never dipped below zero
    const entries = await db('point_entries').where({ customer_id: c }).where('id', '>=', firstEntry).orderBy('id').select('points');
    expect(entries).toHaveLength(1 + ok.length);
    let running = 0;
    for (const e of entries) {
      running += Number(e.points);
      expect(running).toBeGreaterThanOrEqual(0);
    }
    expect(running).toBe(balance);
  });
});
