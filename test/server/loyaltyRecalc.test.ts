import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { ApplyResult, PreviewResult, RulesDocument } from '../../server/domain/loyalty/types.js';
import { json } from './matrix.js';
import { balanceOf, countOf, dayFromToday, entriesOf, grant, ledgerSum, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Tier recalculation, year-end expiry, manual adjustments and a customer's points summary (issue 5). Every
 * fixture is made here through the API: members put in a tier and given qualifying points by adjustments.
 */
describe('tier recalculation', () => {
  let w: World;
  let db: World['t']['db'];
  /** by name: qualifying points and the tier they start in (thresholds: silver 5,000, gold 20,000, diamond 50,000) */
  const m: Record<string, number> = {};
  const FIXTURE: [string, keyof World['tier'], number][] = [
    ['goldHigh', 'gold', 25_000], ['goldLow', 'gold', 21_000], ['silver', 'silver', 6000],
    ['nearSilver', 'regular', 4000], ['nearSilver2', 'regular', 3500], ['small', 'regular', 1000], ['diamond', 'diamond', 60_000],
  ];

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    for (const [name, tier, points] of FIXTURE) {
      m[name] = await member(w, tier, { name, owner_id: name === 'nearSilver' ? w.salesId : null, consent_sms: name === 'nearSilver' });
      await grant(w, m[name], points);
    }
  });
  afterAll(async () => w.t.drop());

  const rules = async (): Promise<RulesDocument> => (await w.admin.get('/api/loyalty/rules').expect(200)).body;
  const tiersOf = async () => Object.fromEntries((await db('customers').select('id', 'tier_id', 'tier_below_since')).map((c: Row) => [Number(c.id), c]));
  const listed = async (filter: Row) =>
    ((await w.manager.get('/api/customers').query({ filter: json(filter), range: json([0, 99]) }).expect(200)).body as Row[]).map((c) => Number(c.id)).sort((a, b) => a - b);
  const ids = (...names: string[]) => names.map((n) => m[n]).sort((a, b) => a - b);
  const nothingWritten = async () => ({
    customers: await tiersOf(), tiers: await db('tiers').orderBy('id'), versions: await countOf(db, 'loyalty_rules'),
    changes: await countOf(db, 'tier_changes'), touches: await countOf(db, 'care_touches'), audit: await countOf(db, 'audit_log'),
  });

  it('when every member sits in the tier their points reach, then a what-if of the rules in force moves nobody', async () => {
    const res: PreviewResult = (await w.manager.post('/api/loyalty/preview').send({}).expect(200)).body;
    expect(res).toMatchObject({ mode: 'now', customers: FIXTURE.length, up: 0, down: 0, held: 0, unchanged: FIXTURE.length, moves: [], sample: [] });
  });

  it('when the gold threshold would rise to 30,000, then the what-if holds both gold members now, moves them down in review, and changes nothing', async () => {
    const before = await nothingWritten();
    const tiers = [{ id: w.tier.gold, threshold_points: 30_000 }];
    const now: PreviewResult = (await w.manager.post('/api/loyalty/preview').send({ tiers }).expect(200)).body;
    expect(now).toMatchObject({ mode: 'now', up: 0, down: 0, held: 2, unchanged: FIXTURE.length - 2 });
    expect(now.sample.map((s) => [s.customer_id, s.direction, s.to_tier_id]).sort()).toEqual(
      [[m.goldHigh, 'held', w.tier.silver], [m.goldLow, 'held', w.tier.silver]].sort());
    expect(now.tiers.find((t) => t.tier_id === w.tier.gold)).toEqual({ tier_id: w.tier.gold, before: 2, after: 2 });

    const review: PreviewResult = (await w.manager.post('/api/loyalty/preview').send({ tiers, mode: 'review' }).expect(200)).body;
    expect(review).toMatchObject({ mode: 'review', up: 0, down: 2, held: 0 });
    expect(review.moves).toEqual([{ from_tier_id: w.tier.gold, to_tier_id: w.tier.silver, count: 2 }]);
    expect(review.tiers.find((t) => t.tier_id === w.tier.gold)).toEqual({ tier_id: w.tier.gold, before: 2, after: 0 });
    expect(review.tiers.find((t) => t.tier_id === w.tier.silver)).toEqual({ tier_id: w.tier.silver, before: 1, after: 3 });
    expect(review.histogram.reduce((s, b) => s + b.count, 0)).toBe(FIXTURE.length);
    expect(review.histogram.find((b) => b.from === 20_000)?.count).toBe(2);

    // the customers list shows exactly who each what-if would move
    expect(await listed({ tier_preview: `${now.preview_id}:held` })).toEqual(ids('goldHigh', 'goldLow'));
    expect(await listed({ tier_preview: `${now.preview_id}:up` })).toEqual([]);
    expect(await listed({ tier_preview: `${now.preview_id}:down` })).toEqual([]);
    expect(await listed({ tier_preview: `${review.preview_id}:down` })).toEqual(ids('goldHigh', 'goldLow'));
    await w.manager.get('/api/customers').query({ filter: json({ tier_preview: 'not a preview' }) }).expect(400);

    expect(await nothingWritten()).toEqual(before);
  });

  it('when a manager applies a silver threshold lowered to 3,000, then the two near it are promoted, with history, audit and a greeting each', async () => {
    const res: ApplyResult = (await w.manager.post('/api/loyalty/apply').send({
      version: 0, mode: 'now', note: '银卡门槛下调', tiers: [{ id: w.tier.silver, threshold_points: 3000 }],
    }).expect(200)).body;
    expect(res).toMatchObject({ version: 1, up: 2, down: 0, held: 0, greetings: 2, batch_id: expect.stringMatching(/^tiers-/) });
    expect((await rules()).version).toBe(1);
    expect(Number((await db('tiers').where({ id: w.tier.silver }).first()).threshold_points)).toBe(3000);

    const now = await tiersOf();
    expect([now[m.nearSilver].tier_id, now[m.nearSilver2].tier_id, now[m.small].tier_id].map(Number)).toEqual([w.tier.silver, w.tier.silver, w.tier.regular]);

    const changes = await db('tier_changes').where({ batch_id: res.batch_id }).orderBy('customer_id');
    expect(changes.map((c: Row) => [Number(c.customer_id), Number(c.from_tier_id), Number(c.to_tier_id), c.direction, c.reason, Number(c.points), Number(c.rule_version)]))
      .toEqual([
        [m.nearSilver, w.tier.regular, w.tier.silver, 'up', 'recalculation', 4000, 1],
        [m.nearSilver2, w.tier.regular, w.tier.silver, 'up', 'recalculation', 3500, 1],
      ].sort((a, b) => Number(a[0]) - Number(b[0])));
    const audit = await db('audit_log').where({ batch_id: res.batch_id }).orderBy('record_id');
    expect(audit.map((a: Row) => [a.resource, a.action, Number(a.record_id)])).toEqual(ids('nearSilver', 'nearSilver2').map((id) => ['customers', 'update', id]));
    const touches = await db('care_touches').where({ touch_type: 'tier_promotion' }).orderBy('customer_id');
    expect(touches.map((t: Row) => [Number(t.customer_id), t.status, t.scheduled_date instanceof Date ? t.scheduled_date.toISOString().slice(0, 10) : String(t.scheduled_date).slice(0, 10)]))
      .toEqual(ids('nearSilver', 'nearSilver2').map((id) => [id, 'scheduled', dayFromToday(0)]));
    const greeted = touches.find((t: Row) => Number(t.customer_id) === m.nearSilver) as Row;
    expect(greeted).toMatchObject({ channel: 'sms', staff_id: w.salesId });
    expect(String(greeted.message)).toContain('银卡');

    expect(await listed({ tier_batch: res.batch_id })).toEqual(ids('nearSilver', 'nearSilver2'));
    // a promoted member earns at the new tier's rate from now on (silver ×1.1)
    await w.admin.post('/api/service_visits').send({ customer_id: m.nearSilver2, visit_date: '2026-10-01', visit_type: 'repair', amount: 100 }).expect(201);
    expect((await entriesOf(db, m.nearSilver2)).at(-1)).toMatchObject({ reason: 'service', points: 165 });
  });

  it('when an apply names a version that has moved on, then 409 and nothing is saved or moved', async () => {
    const before = await nothingWritten();
    await w.manager.post('/api/loyalty/apply').send({ version: 0, mode: 'now', tiers: [{ id: w.tier.silver, threshold_points: 100 }] }).expect(409);
    await w.manager.post('/api/loyalty/apply').send({ version: 1, mode: 'sometime' }).expect(400);
    expect(await nothingWritten()).toEqual(before);
  });

  it('when gold rises to 30,000 now, then its members are held with a date; the yearly review then moves them down', async () => {
    const held: ApplyResult = (await w.admin.post('/api/loyalty/apply').send({ version: 1, mode: 'now', tiers: [{ id: w.tier.gold, threshold_points: 30_000 }] }).expect(200)).body;
    expect(held).toMatchObject({ version: 2, up: 0, down: 0, held: 2, greetings: 0 });
    let now = await tiersOf();
    for (const name of ['goldHigh', 'goldLow']) {
      expect(Number(now[m[name]].tier_id)).toBe(w.tier.gold);
      expect(String(now[m[name]].tier_below_since instanceof Date ? (now[m[name]].tier_below_since as Date).toISOString() : now[m[name]].tier_below_since).slice(0, 10)).toBe(dayFromToday(0));
    }
    expect(await countOf(db, 'tier_changes', { batch_id: held.batch_id })).toBe(0);
    const summary = (await w.manager.get(`/api/loyalty/customers/${m.goldLow}`).expect(200)).body;
    expect(summary.below_since).toBe(dayFromToday(0));

    const touchesBefore = await countOf(db, 'care_touches');
    const review: ApplyResult = (await w.admin.post('/api/loyalty/apply').send({ version: 2, mode: 'review' }).expect(200)).body;
    expect(review).toMatchObject({ version: 2, up: 0, down: 2, held: 0, greetings: 0 });
    now = await tiersOf();
    for (const name of ['goldHigh', 'goldLow']) expect([Number(now[m[name]].tier_id), now[m[name]].tier_below_since]).toEqual([w.tier.silver, null]);
    const changes = await db('tier_changes').where({ batch_id: review.batch_id });
    expect(changes.map((c: Row) => [c.direction, c.reason, Number(c.to_tier_id), Number(c.rule_version)])).toEqual([
      ['down', 'yearly_review', w.tier.silver, 2], ['down', 'yearly_review', w.tier.silver, 2],
    ]);
    expect(await countOf(db, 'care_touches')).toBe(touchesBefore);
    expect(await listed({ tier_batch: review.batch_id })).toEqual(ids('goldHigh', 'goldLow'));
    expect(await countOf(db, 'audit_log', { batch_id: review.batch_id })).toBe(2);
  });

  it('when the basis would be a rolling 12 months, then points older than the window stop counting (what-if only)', async () => {
    // two years pass for one member's points
    await db('point_entries').where({ customer_id: m.diamond }).update({ created_at: new Date(Date.now() - 2 * 365 * 86_400_000).toISOString() });
    const doc = await rules();
    const lifetime: PreviewResult = (await w.manager.post('/api/loyalty/preview').send({}).expect(200)).body;
    expect(lifetime.sample.map((s) => s.customer_id)).not.toContain(m.diamond);
    const rolling: PreviewResult = (await w.manager.post('/api/loyalty/preview').send({ rules: { ...doc.rules, basis: 'rolling', window_months: 12 } }).expect(200)).body;
    expect(rolling.sample.filter((s) => s.customer_id === m.diamond)).toEqual([expect.objectContaining({ direction: 'held', points: 0, to_tier_id: w.tier.regular })]);
    expect(rolling.held).toBe(lifetime.held + 1);
    expect((await rules()).version).toBe(doc.version);
  });

  it('when a customer\'s tier is changed by hand, one by one or in bulk, then the tier history says manual', async () => {
    await w.admin.put(`/api/customers/${m.small}`).send({ tier_id: w.tier.gold }).expect(200);
    const bulk = (await w.manager.patch('/api/customers').send({ ids: ids('small', 'silver'), data: { tier_id: w.tier.diamond } }).expect(200)).body;
    const rows = await db('tier_changes').where({ reason: 'manual' }).orderBy('id');
    expect(rows.map((r: Row) => [Number(r.customer_id), Number(r.from_tier_id), Number(r.to_tier_id), r.direction])).toEqual([
      [m.small, w.tier.regular, w.tier.gold, 'up'],
      ...[[m.silver, w.tier.silver], [m.small, w.tier.gold]].sort((a, b) => a[0] - b[0]).map(([id, from]) => [id, from, w.tier.diamond, 'up']),
    ]);
    expect(rows.slice(1).every((r: Row) => r.batch_id === bulk.batchId)).toBe(true);
  });
});

describe('year-end expiry', () => {
  let w: World;
  let db: World['t']['db'];
  const FAR = dayFromToday(25 * 31); // 24 months after this day is still to come: everything credited today counts as old

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  it('when points were earned before the cutoff, then only what spending has not used expires, once', async () => {
    const spender = await member(w);
    const saver = await member(w);
    const broke = await member(w);
    await grant(w, spender, 1500);
    await w.manager.post('/api/point_adjustments').send({ customer_id: spender, points: -1000, note: '先用掉' }).expect(201);
    await grant(w, saver, 800);
    await grant(w, broke, 300);
    await w.manager.post('/api/point_adjustments').send({ customer_id: broke, points: -300, note: '全部用掉' }).expect(201);

    // today nothing is older than 24 months
    const today = (await w.manager.post('/api/loyalty/expiry/preview').send({}).expect(200)).body;
    expect(today).toMatchObject({ as_of: dayFromToday(0), customers: 0, points: 0 });

    const entries = await countOf(db, 'point_entries');
    const preview = (await w.manager.post('/api/loyalty/expiry/preview').send({ as_of: FAR }).expect(200)).body;
    expect(preview).toMatchObject({ as_of: FAR, customers: 2, points: 1300 });
    expect(preview.sample.map((s: Row) => [s.customer_id, s.points, s.balance])).toEqual([[saver, 800, 800], [spender, 500, 500]]);
    expect(await countOf(db, 'point_entries')).toBe(entries);
    expect(await balanceOf(db, saver)).toBe(800);

    const applied = (await w.manager.post('/api/loyalty/expiry/apply').send({ as_of: FAR }).expect(200)).body;
    expect(applied).toMatchObject({ as_of: FAR, customers: 2, points: 1300, batch_id: expect.stringMatching(/^expiry-/) });
    expect(preview.cutoff).toBe(applied.cutoff);
    const expired = await db('point_entries').where({ batch_id: applied.batch_id }).orderBy('customer_id');
    expect(expired.map((e: Row) => [Number(e.customer_id), Number(e.points), Number(e.qualifying_points), e.reason])).toEqual(
      [[spender, -500, 0, 'expiry'], [saver, -800, 0, 'expiry']].sort((a, b) => Number(a[0]) - Number(b[0])));
    for (const c of [spender, saver, broke]) {
      expect(await balanceOf(db, c)).toBe(0);
      expect(await ledgerSum(db, c)).toBe(0);
    }
    // expiry does not take away tier-qualifying points
    expect(await ledgerSum(db, saver, 'qualifying_points')).toBe(800);

    const again = (await w.manager.post('/api/loyalty/expiry/apply').send({ as_of: FAR }).expect(200)).body;
    expect(again).toMatchObject({ customers: 0, points: 0 });
    expect(await countOf(db, 'point_entries', { batch_id: again.batch_id })).toBe(0);

    // a later run expires only what was credited since
    await grant(w, saver, 200);
    expect((await w.manager.post('/api/loyalty/expiry/apply').send({ as_of: FAR }).expect(200)).body).toMatchObject({ customers: 1, points: 200 });
    expect((await w.manager.post('/api/loyalty/expiry/apply').send({ as_of: dayFromToday(0) }).expect(200)).body).toMatchObject({ customers: 0 });
  });

  it('when the day is not a date, then 400 on as_of', async () => {
    const res = await w.manager.post('/api/loyalty/expiry/preview').send({ as_of: '2026-13-45' }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['as_of']);
    await w.manager.post('/api/loyalty/expiry/apply').send({ as_of: 'tomorrow' }).expect(400);
  });
});

describe('manual adjustments (maker–checker) and the points summary', () => {
  let w: World;
  let db: World['t']['db'];

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  const adjustment = async (id: number) => db('point_adjustments').where({ id }).first();

  it('when an adjustment is at most the threshold, then it is approved at once with its entry; above it waits without one', async () => {
    const c = await member(w);
    const small = (await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: 1000, note: '活动补录' }).expect(201)).body;
    expect(small).toMatchObject({ status: 'approved', entry_id: expect.any(Number) });
    const entry = (await entriesOf(db, c))[0];
    expect(entry).toMatchObject({ id: small.entry_id, points: 1000, qualifying_points: 1000, reason: 'adjustment', source_type: 'point_adjustments', source_id: small.id, note: '活动补录' });

    const big = (await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: 1001, note: '大额补录' }).expect(201)).body;
    expect(big).toMatchObject({ status: 'pending', entry_id: null, decided_by_id: null });
    const minus = (await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: -1001, note: '大额扣减' }).expect(201)).body;
    expect(minus.status).toBe('pending');
    expect(await balanceOf(db, c)).toBe(1000);
    expect((await w.specialist.get(`/api/loyalty/customers/${c}`).expect(200)).body.pending_adjustments).toBe(2);
  });

  it('when an adjustment has no note, a one-letter note or zero points, or a sales consultant makes one, then it is refused', async () => {
    const c = await member(w, 'regular', { owner_id: w.salesId });
    const count = await countOf(db, 'point_adjustments');
    for (const [body, key] of [[{ points: 100 }, 'note'], [{ points: 100, note: 'x' }, 'note'], [{ points: 0, note: '零分' }, 'points']] as const) {
      const res = await w.manager.post('/api/point_adjustments').send({ customer_id: c, ...body }).expect(400);
      expect(Object.keys(res.body.errors)).toContain(key);
    }
    await w.sales.post('/api/point_adjustments').send({ customer_id: c, points: 100, note: '销售加分' }).expect(403);
    expect(await countOf(db, 'point_adjustments')).toBe(count);
    expect(await balanceOf(db, c)).toBe(0);
  });

  it('when a pending adjustment is decided, then only another manager may; approval writes the entry, rejection none, and a decided one stays decided', async () => {
    const c = await member(w);
    const mine = (await w.manager.post('/api/point_adjustments').send({ customer_id: c, points: 3000, note: '经理申请' }).expect(201)).body;
    const own = await w.manager.post(`/api/loyalty/adjustments/${mine.id}/approve`).send({}).expect(400);
    expect(Object.keys(own.body.errors)).toEqual(['decided_by_id']);
    await w.specialist.post(`/api/loyalty/adjustments/${mine.id}/approve`).send({}).expect(403);
    expect((await adjustment(mine.id)).status).toBe('pending');

    await w.admin.post(`/api/loyalty/adjustments/${mine.id}/approve`).send({ note: '同意' }).expect(200);
    const approved = await adjustment(mine.id);
    expect(approved).toMatchObject({ status: 'approved', decision_note: '同意' });
    expect(Number(approved.decided_by_id)).toBe(Number((await db('users').where({ username: 'test.admin' }).first('id')).id));
    expect((await entriesOf(db, c)).map((e) => [e.id, e.points, e.reason])).toEqual([[Number(approved.entry_id), 3000, 'adjustment']]);
    expect(await balanceOf(db, c)).toBe(3000);
    const twice = await w.manager.post(`/api/loyalty/adjustments/${mine.id}/reject`).send({}).expect(400);
    expect(Object.keys(twice.body.errors)).toEqual(['status']);
    await w.admin.post(`/api/loyalty/adjustments/${mine.id}/approve`).send({}).expect(400);
    expect(await balanceOf(db, c)).toBe(3000);

    const refused = (await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: 2000, note: '重复申请' }).expect(201)).body;
    await w.manager.post(`/api/loyalty/adjustments/${refused.id}/reject`).send({ note: '重复' }).expect(200);
    expect(await adjustment(refused.id)).toMatchObject({ status: 'rejected', entry_id: null, decision_note: '重复' });
    expect(await balanceOf(db, c)).toBe(3000);
    await w.manager.post('/api/loyalty/adjustments/999999/approve').send({}).expect(404);
  });

  it('when approving a deduction would overdraw the balance, then 400 on points and it stays pending', async () => {
    const c = await member(w);
    await grant(w, c, 500);
    const minus = (await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: -2000, note: '大额扣减' }).expect(201)).body;
    const res = await w.manager.post(`/api/loyalty/adjustments/${minus.id}/approve`).send({}).expect(400);
    expect(res.body.errors.points).toMatch(/needs 2000 points; the balance is 500/);
    expect(await adjustment(minus.id)).toMatchObject({ status: 'pending', entry_id: null });
    expect(await balanceOf(db, c)).toBe(500);
    // an under-threshold deduction that would overdraw is refused at once, and not stored
    const count = await countOf(db, 'point_adjustments');
    await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: -600, note: '扣减过多' }).expect(400);
    expect(await countOf(db, 'point_adjustments')).toBe(count);
  });

  it('when anyone edits or deletes an adjustment through the generic API, then 403 and it stays', async () => {
    const c = await member(w);
    const adj = (await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: 5000, note: '待审批' }).expect(201)).body;
    for (const api of [w.admin, w.manager, w.specialist]) {
      await api.put(`/api/point_adjustments/${adj.id}`).send({ points: 1, note: '改小' }).expect(403);
      await api.delete(`/api/point_adjustments/${adj.id}`).expect(403);
    }
    expect(await adjustment(adj.id)).toMatchObject({ points: 5000, note: '待审批', status: 'pending' });
  });

  it('when a silver member\'s summary is read, then balance, qualifying points, the next tier, progress and expiring points add up', async () => {
    const c = await member(w, 'silver', { owner_id: w.salesId });
    await grant(w, c, 6000);
    const gift = (await w.admin.post('/api/gifts').send({ name: '车载香氛', points_price: 1000, stock: 5 }).expect(201)).body.id;
    await w.specialist.post('/api/redemptions').send({ customer_id: c, gift_id: gift, quantity: 2 }).expect(201);
    await w.specialist.post('/api/point_adjustments').send({ customer_id: c, points: 4000, note: '待审批加分' }).expect(201);

    const summary = (await w.sales.get(`/api/loyalty/customers/${c}`).expect(200)).body;
    expect(summary).toMatchObject({
      customer_id: c, balance: 4000, tier_id: w.tier.silver, qualifying_points: 6000, basis: 'lifetime',
      next_tier: { id: w.tier.gold, threshold_points: 20_000, missing: 14_000 }, below_since: null, pending_adjustments: 1,
      expiring: { points: 0, on: `${new Date().getUTCFullYear()}-12-31` },
    });
    expect(summary.progress).toBeCloseTo(1000 / 15_000, 6);

    const other = await member(w, 'silver');
    await w.sales.get(`/api/loyalty/customers/${other}`).expect(403);
    await w.sales.get('/api/loyalty/customers/999999').expect(404);
    const top = await member(w, 'diamond');
    await grant(w, top, 900);
    expect((await w.manager.get(`/api/loyalty/customers/${top}`).expect(200)).body).toMatchObject({ next_tier: null, progress: 1, qualifying_points: 900 });
  });
});
