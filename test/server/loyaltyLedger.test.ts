import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/auth/roles.js';
import type { Row } from '../../server/resources/types.js';
import { makeRecord, ROLE_NAMES, snapshot, type Api } from './matrix.js';
import { agentOf } from './actors.js';
import { balanceOf, countOf, entriesOf, grant, ledgerSum, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * The points ledger (issue 5): records earn points as they are written, at the rules' rates times the
 * member's tier multiplier; changes write the difference, deletions take the points back unless they are
 * spent; a manager reverses an entry by an opposite one; nobody writes the ledger through the generic API.
 */
describe('the points ledger', () => {
  let w: World;
  let db: World['t']['db'];

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  const visit = async (customerId: number, amount: number | null, visitType = 'repair') =>
    (await w.admin.post('/api/service_visits').send({ customer_id: customerId, visit_date: '2026-10-01', visit_type: visitType, amount }).expect(201)).body.id as number;
  const sourceSum = async (table: string, id: number) =>
    Number((await db('point_entries').where({ source_type: table, source_id: id }).sum({ s: 'points' }).first())?.s ?? 0);
  const expectConsistent = async (customerId: number) => expect(await balanceOf(db, customerId)).toBe(await ledgerSum(db, customerId));

  describe('earning', () => {
    it('when a gold member buys a car, then purchase points = price / 100 × 1.5 × 1.2 on a ledger entry of the vehicle', async () => {
      const c = await member(w, 'gold');
      const car = (await w.specialist.post('/api/vehicles').send({ customer_id: c, model: 'sedan_b', price: 200_000 }).expect(201)).body.id;
      expect(await entriesOf(db, c)).toEqual([expect.objectContaining({
        points: 3600, qualifying_points: 3600, reason: 'purchase', source_type: 'vehicles', source_id: car, reverses_id: null,
      })]);
      expect(await balanceOf(db, c)).toBe(3600);
      await w.specialist.post('/api/vehicles').send({ customer_id: c, model: 'sedan_b' }).expect(201); // no price: nothing
      expect(await entriesOf(db, c)).toHaveLength(1);
    });

    it('when a silver member has a service visit, then it earns amount / 100 × 150 × 1.1; an insurance visit earns nothing', async () => {
      const c = await member(w, 'silver');
      const id = await visit(c, 1000);
      await visit(c, 5000, 'insurance');
      expect(await entriesOf(db, c)).toEqual([expect.objectContaining({ points: 1650, qualifying_points: 1650, reason: 'service', source_type: 'service_visits', source_id: id })]);
      await expectConsistent(c);
    });

    it('when a diamond member attends an event, then 200 × 1.5 points; not attending earns nothing; un-ticking attended takes them back', async () => {
      const event = await makeRecord(db, 'events');
      const [c, absent] = [await member(w, 'diamond'), await member(w, 'diamond')];
      const p = (await w.specialist.post('/api/event_participants').send({ event_id: event.id, customer_id: c, attended: true }).expect(201)).body.id;
      await w.specialist.post('/api/event_participants').send({ event_id: event.id, customer_id: absent, attended: false }).expect(201);
      expect(await entriesOf(db, c)).toEqual([expect.objectContaining({ points: 300, reason: 'event', source_type: 'event_participants', source_id: p })]);
      expect(await entriesOf(db, absent)).toEqual([]);
      await w.specialist.put(`/api/event_participants/${p}`).send({ attended: false }).expect(200);
      expect((await entriesOf(db, c)).map((e) => [e.reason, e.points, e.qualifying_points])).toEqual([['event', 300, 300], ['reversal', -300, -300]]);
      expect(await balanceOf(db, c)).toBe(0);
    });

    it('when a referred customer buys a first car, then the referrer earns 2,000 × their multiplier once, not again for a second car', async () => {
      const referrer = await member(w, 'gold');
      const friend = await member(w, 'regular', { referred_by_id: referrer });
      await w.admin.post('/api/vehicles').send({ customer_id: friend, model: 'sedan_b', price: 100_000 }).expect(201);
      await w.admin.post('/api/vehicles').send({ customer_id: friend, model: 'sedan_b', price: 100_000 }).expect(201);
      expect(await entriesOf(db, referrer)).toEqual([expect.objectContaining({
        points: 2400, qualifying_points: 2400, reason: 'referral', source_type: 'customers', source_id: friend,
      })]);
      // the buyer earns their own purchase points, without a multiplier (regular)
      expect((await entriesOf(db, friend)).map((e) => [e.reason, e.points])).toEqual([['purchase', 1500], ['purchase', 1500]]);
      await expectConsistent(referrer);
      await expectConsistent(friend);
    });

    it('when a visit\'s amount changes, then only the difference is written; deleting it takes the rest back', async () => {
      const c = await member(w);
      const id = await visit(c, 1000);
      await w.admin.put(`/api/service_visits/${id}`).send({ amount: 1200 }).expect(200);
      await w.admin.put(`/api/service_visits/${id}`).send({ amount: 800 }).expect(200);
      await w.admin.put(`/api/service_visits/${id}`).send({ notes: '改备注' }).expect(200); // not an earning field: nothing
      expect((await entriesOf(db, c)).map((e) => [e.reason, e.points, e.qualifying_points])).toEqual([
        ['service', 1500, 1500], ['service', 300, 300], ['reversal', -600, -600],
      ]);
      expect(await sourceSum('service_visits', id)).toBe(1200);
      await w.admin.delete(`/api/service_visits/${id}`).expect(200);
      expect(await sourceSum('service_visits', id)).toBe(0);
      expect(await balanceOf(db, c)).toBe(0);
      expect(await ledgerSum(db, c, 'qualifying_points')).toBe(0);
    });

    it('when a visit moves to another customer, then the first loses its points and the second earns them', async () => {
      const [a, b] = [await member(w), await member(w, 'silver')];
      const id = await visit(a, 1000);
      await w.admin.put(`/api/service_visits/${id}`).send({ customer_id: b }).expect(200);
      expect([await balanceOf(db, a), await balanceOf(db, b)]).toEqual([0, 1650]);
      await expectConsistent(a);
      await expectConsistent(b);
    });
  });

  describe('taking back points already spent', () => {
    it('when the points a visit earned are spent and the visit is deleted or lowered, then 409 and nothing changes', async () => {
      const c = await member(w);
      const id = await visit(c, 1000); // 1,500
      await w.manager.post('/api/point_adjustments').send({ customer_id: c, points: -1000, note: '扣减测试' }).expect(201);
      const before = { visits: await snapshot(db, 'service_visits', id), entries: await countOf(db, 'point_entries'), balance: await balanceOf(db, c) };
      const gone = await w.admin.delete(`/api/service_visits/${id}`).expect(409);
      expect(Object.keys(gone.body.errors)).toEqual(['amount']);
      const lower = await w.admin.put(`/api/service_visits/${id}`).send({ amount: 100 }).expect(409);
      expect(Object.keys(lower.body.errors)).toEqual(['amount']);
      expect({ visits: await snapshot(db, 'service_visits', id), entries: await countOf(db, 'point_entries'), balance: await balanceOf(db, c) }).toEqual(before);
      expect(before.balance).toBe(500);
      // lowering within what is left is fine
      await w.admin.put(`/api/service_visits/${id}`).send({ amount: 700 }).expect(200);
      expect(await balanceOf(db, c)).toBe(50);
      await expectConsistent(c);
    });

    it('when an attended mark is removed after its points were spent, then 409 names attended and it stays attended', async () => {
      const event = await makeRecord(db, 'events');
      const c = await member(w);
      const p = (await w.admin.post('/api/event_participants').send({ event_id: event.id, customer_id: c, attended: true }).expect(201)).body.id;
      await w.manager.post('/api/point_adjustments').send({ customer_id: c, points: -150, note: '扣减测试' }).expect(201);
      const res = await w.admin.put(`/api/event_participants/${p}`).send({ attended: false }).expect(409);
      expect(Object.keys(res.body.errors)).toEqual(['attended']);
      expect(Boolean((await db('event_participants').where({ id: p }).first()).attended)).toBe(true);
      expect(await balanceOf(db, c)).toBe(50);
    });
  });

  describe('reversing an entry', () => {
    it('when a manager reverses an entry, then an opposite entry points at it; it cannot be reversed twice, nor the reversal itself', async () => {
      const c = await member(w);
      const id = await visit(c, 1000);
      const [earned] = await entriesOf(db, c);
      const res = await w.manager.post(`/api/loyalty/entries/${earned.id}/reverse`).send({ note: '误录进站' }).expect(201);
      const reversal = (await entriesOf(db, c)).find((e) => e.id === res.body.id);
      expect(reversal).toMatchObject({ points: -1500, qualifying_points: -1500, reason: 'reversal', reverses_id: earned.id, source_type: 'service_visits', source_id: id, note: '误录进站' });
      expect(await balanceOf(db, c)).toBe(0);
      const twice = await w.admin.post(`/api/loyalty/entries/${earned.id}/reverse`).send({ note: '再冲一次' }).expect(400);
      expect(twice.body.errors.id).toMatch(/already been reversed/);
      const ofReversal = await w.admin.post(`/api/loyalty/entries/${res.body.id}/reverse`).send({ note: '冲正的冲正' }).expect(400);
      expect(Object.keys(ofReversal.body.errors)).toEqual(['id']);
      // the manager's decision stands: editing the visit later does not earn the points again
      await w.admin.put(`/api/service_visits/${id}`).send({ amount: 2000 }).expect(200);
      expect(await balanceOf(db, c)).toBe(0);
      await expectConsistent(c);
    });

    it('when a reversal is asked without a note, of a redemption, of spent points or by a non-manager, then it is refused and nothing is written', async () => {
      const c = await member(w);
      await visit(c, 1000);
      const [earned] = await entriesOf(db, c);
      const gift = (await w.admin.post('/api/gifts').send({ name: '雨伞', points_price: 600, stock: 3 }).expect(201)).body.id;
      await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: gift, quantity: 1 }).expect(201);
      const redemption = (await entriesOf(db, c)).find((e) => e.reason === 'redemption') as Row;
      const count = await countOf(db, 'point_entries');

      const noNote = await w.manager.post(`/api/loyalty/entries/${earned.id}/reverse`).send({}).expect(400);
      expect(Object.keys(noNote.body.errors)).toEqual(['note']);
      await w.manager.post(`/api/loyalty/entries/${earned.id}/reverse`).send({ note: 'x' }).expect(400);
      const ofRedemption = await w.manager.post(`/api/loyalty/entries/${redemption.id}/reverse`).send({ note: '退回兑换' }).expect(400);
      expect(Object.keys(ofRedemption.body.errors)).toEqual(['id']);
      const spent = await w.manager.post(`/api/loyalty/entries/${earned.id}/reverse`).send({ note: '积分已用' }).expect(400);
      expect(spent.body.errors.id).toMatch(/needs 1500 points/);
      await w.specialist.post(`/api/loyalty/entries/${earned.id}/reverse`).send({ note: '无权冲正' }).expect(403);
      await w.sales.post(`/api/loyalty/entries/${earned.id}/reverse`).send({ note: '无权冲正' }).expect(403);
      await w.manager.post('/api/loyalty/entries/999999/reverse').send({ note: '不存在' }).expect(404);
      expect(await countOf(db, 'point_entries')).toBe(count);
      expect(await balanceOf(db, c)).toBe(900);
    });
  });

  describe('the ledger through the generic API', () => {
    let entry: Row;
    let own: number;
    const api = {} as Record<Role, Api>;

    beforeAll(async () => {
      own = await member(w, 'regular', { owner_id: w.salesId });
      await grant(w, own, 500);
      [entry] = await entriesOf(db, own);
      for (const role of ROLE_NAMES) api[role] = await agentOf(w.app, db, role);
    });

    it.each(ROLE_NAMES)('when the role %s creates, edits or deletes an entry, one by one or in bulk, then 403 and the ledger and balance stay', async (role) => {
      const before = { entries: await snapshot(db, 'point_entries', Number(entry.id)), balance: await balanceOf(db, own) };
      const http = api[role];
      for (const res of [
        await http.post('/api/point_entries').send({ customer_id: own, points: 100, reason: 'purchase' }),
        await http.put(`/api/point_entries/${entry.id}`).send({ points: 5000, note: '改积分' }),
        await http.delete(`/api/point_entries/${entry.id}`),
        await http.patch('/api/point_entries').send({ ids: [entry.id], data: { note: '批量改' } }),
        await http.delete('/api/point_entries').send({ ids: [entry.id] }),
      ]) expect(res.status).toBe(403);
      // nor is the balance written directly
      await http.put(`/api/customers/${own}`).send({ points_balance: 99_999 });
      expect({ entries: await snapshot(db, 'point_entries', Number(entry.id)), balance: await balanceOf(db, own) }).toEqual(before);
      // reading stays open: a sales consultant sees the entries of their own customer
      const list = await http.get('/api/point_entries').query({ filter: JSON.stringify({ customer_id: own }) }).expect(200);
      expect(list.body.map((e: Row) => e.id)).toEqual([entry.id]);
    });
  });
});
