import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import type { RulesDocument } from '../../server/domain/loyalty/types.js';
import type { Api } from './matrix.js';
import { balanceOf, countOf, grant, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * The programme's rules (issue 5): read by everyone, changed by managers as numbered versions; a stale
 * version is a 409, a bad draft a 400 naming the field, and neither changes anything.
 */
describe('the loyalty rules', () => {
  let w: World;
  let db: World['t']['db'];

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  const rules = async (): Promise<RulesDocument> => (await w.admin.get('/api/loyalty/rules').expect(200)).body;
  const tiersTable = async () => db('tiers').orderBy('id').select('id', 'threshold_points', 'earn_multiplier', 'name', 'active', 'version');
  const unchanged = async () => ({ tiers: await tiersTable(), versions: await countOf(db, 'loyalty_rules'), version: (await rules()).version });

  it('when anyone reads the rules before any save, then version 0 with the defaults and the tiers with their member counts', async () => {
    await member(w, 'gold');
    await member(w, 'gold');
    await member(w, 'silver');
    for (const api of [w.admin, w.manager, w.specialist, w.sales]) {
      const doc: RulesDocument = (await api.get('/api/loyalty/rules').expect(200)).body;
      expect(doc).toMatchObject({
        version: 0, saved_at: null,
        rules: {
          basis: 'lifetime', downgrade: 'yearly_review', approval_threshold: 1000, expiry_months: 24,
          earn: { purchase_per_100: 1.5, service_per_100: 150, referral: 2000, event_attended: 200 },
        },
      });
      const byCode = Object.fromEntries(doc.tiers.map((t) => [t.code, t]));
      expect(byCode.gold).toMatchObject({ threshold_points: 20_000, earn_multiplier: 1.2, members: 2 });
      expect(byCode.silver).toMatchObject({ threshold_points: 5000, members: 1 });
      expect(byCode.diamond).toMatchObject({ threshold_points: 50_000, earn_multiplier: 1.5, members: 0 });
      expect(doc.tiers.map((t) => t.rank)).toEqual([...doc.tiers.map((t) => t.rank)].sort((a, b) => a - b));
    }
    expect((await w.sales.get('/api/loyalty/rules/versions').expect(200)).body).toEqual([]);
  });

  it('when a manager saves new rules, then they are version 1, the tiers hold the new thresholds and new earnings follow the new rates', async () => {
    const doc = await rules();
    const res = await w.manager.put('/api/loyalty/rules').send({
      version: 0, note: '金卡门槛上调',
      rules: { ...doc.rules, earn: { ...doc.rules.earn, service_per_100: 300 } },
      // 1.1 is 110.00000000000001 hundredths in floating point: still two decimals
      tiers: [{ id: w.tier.gold, threshold_points: 25_000 }, { id: w.tier.silver, earn_multiplier: 1.1 }],
    }).expect(200);
    expect(Number((await db('tiers').where({ id: w.tier.silver }).first()).earn_multiplier)).toBe(1.1);
    expect(res.body).toMatchObject({ version: 1, note: '金卡门槛上调', saved_by: 'test.cs_manager' });
    expect(res.body.rules.earn.service_per_100).toBe(300);
    expect(Number((await db('tiers').where({ id: w.tier.gold }).first()).threshold_points)).toBe(25_000);
    const versions = (await w.specialist.get('/api/loyalty/rules/versions').expect(200)).body;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, note: '金卡门槛上调', saved_by: 'test.cs_manager', rules: { earn: { service_per_100: 300 } } });
    expect(versions[0].tiers.find((t: Row) => t.id === w.tier.gold)).toMatchObject({ threshold_points: 25_000 });

    const c = await member(w);
    await w.admin.post('/api/service_visits').send({ customer_id: c, visit_date: '2026-10-01', visit_type: 'repair', amount: 100 }).expect(201);
    expect(await balanceOf(db, c)).toBe(300);
  });

  it('when a manager saves from a version that has moved on, then 409 on version and nothing changes', async () => {
    const before = await unchanged();
    const doc = await rules();
    const res = await w.admin.put('/api/loyalty/rules').send({ version: 0, rules: doc.rules, tiers: [{ id: w.tier.gold, threshold_points: 30_000 }] }).expect(409);
    expect(Object.keys(res.body.errors)).toEqual(['version']);
    expect(await unchanged()).toEqual(before);
  });

  it('when two managers save from the same version at once, then one wins and the other gets 409', async () => {
    const doc = await rules();
    const send = (api: Api, points: number) => api.put('/api/loyalty/rules').send({ version: doc.version, rules: doc.rules, tiers: [{ id: w.tier.diamond, threshold_points: points }] });
    const results = await Promise.all([send(w.admin, 60_000), send(w.manager, 70_000)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const after = await rules();
    expect(after.version).toBe(doc.version + 1);
    const winner = results.find((r) => r.status === 200)?.body as RulesDocument;
    expect(after.tiers.find((t) => t.id === w.tier.diamond)?.threshold_points).toBe(winner.tiers.find((t) => t.id === w.tier.diamond)?.threshold_points);
  });

  describe('a bad draft', () => {
    it.each([
      ['a threshold at or below the tier beneath', [{ id: 'gold', threshold_points: 4000 }], {}, 'tiers.0.threshold_points', /must be above/],
      ['a lowest tier that does not start at 0', [{ id: 'silver', threshold_points: 6000 }, { id: 'regular', threshold_points: 100 }], {}, 'tiers.1.threshold_points', /must be 0/],
      ['a negative threshold', [{ id: 'gold', threshold_points: -5 }], {}, 'tiers.0.threshold_points', null],
      ['a fractional threshold', [{ id: 'gold', threshold_points: 20_000.5 }], {}, 'tiers.0.threshold_points', null],
      ['a threshold that is text', [{ id: 'gold', threshold_points: '20000' }], {}, 'tiers.0.threshold_points', null],
      ['an unknown tier', [{ id: 99_999, threshold_points: 100 }], {}, 'tiers.0.id', null],
      ['a multiplier with three decimals', [{ id: 'gold', earn_multiplier: 1.125 }], {}, 'tiers.0.earn_multiplier', null],
      ['an unknown basis', [], { basis: 'weekly' }, 'rules.basis', null],
      ['a negative earning rate', [], { earn: { purchase_per_100: -1, service_per_100: 150, referral: 2000, event_attended: 200 } }, 'rules.earn.purchase_per_100', null],
      ['an unknown rule', [], { bonus: 1 }, 'rules.bonus', null],
    ] as [string, Row[], Row, string, RegExp | null][])('when it has %s, then 400 names %s and nothing changes', async (_what, drafts, ruleChange, key, message) => {
      const doc = await rules();
      const before = await unchanged();
      const tiers = drafts.map((d) => ({ ...d, id: typeof d.id === 'string' ? w.tier[d.id as keyof World['tier']] : d.id }));
      const res = await w.manager.put('/api/loyalty/rules').send({ version: doc.version, rules: { ...doc.rules, ...ruleChange }, tiers }).expect(400);
      expect(Object.keys(res.body.errors)).toContain(key);
      if (message) expect(res.body.errors[key]).toMatch(message);
      expect(await unchanged()).toEqual(before);
      // the what-if checks a draft the same way
      const preview = await w.manager.post('/api/loyalty/preview').send({ rules: { ...doc.rules, ...ruleChange }, tiers }).expect(400);
      expect(Object.keys(preview.body.errors)).toContain(key);
    });
  });

  it('when a tier is written through the generic tiers API out of order, then 400 on threshold_points and nothing changes', async () => {
    const before = await unchanged();
    for (const [id, body] of [
      [w.tier.silver, { threshold_points: 999_999 }],
      [w.tier.regular, { threshold_points: 10 }],
      [w.tier.gold, { threshold_points: 0 }],
    ] as const) {
      const res = await w.manager.put(`/api/tiers/${id}`).send(body).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['threshold_points']);
    }
    const low = await w.manager.post('/api/tiers').send({ code: 'top', name: '顶级卡', rank: 50, threshold_points: 1 }).expect(400);
    expect(Object.keys(low.body.errors)).toEqual(['threshold_points']);
    expect(await unchanged()).toEqual(before);
  });

  it('when a specialist or a sales consultant changes rules, previews, recalculates, expires, decides or reverses, then 403 and nothing changes', async () => {
    const doc = await rules();
    const c = await member(w);
    const pending = (await w.manager.post('/api/point_adjustments').send({ customer_id: c, points: 5000, note: '大额调整' }).expect(201)).body;
    await grant(w, c, 100);
    const entry = await db('point_entries').where({ customer_id: c }).first('id');
    const before = { ...(await unchanged()), entries: await countOf(db, 'point_entries'), changes: await countOf(db, 'tier_changes'), previews: await countOf(db, 'tier_previews') };
    for (const api of [w.specialist, w.sales]) {
      await api.put('/api/loyalty/rules').send({ version: doc.version, rules: doc.rules, tiers: [] }).expect(403);
      await api.post('/api/loyalty/preview').send({}).expect(403);
      await api.post('/api/loyalty/apply').send({ version: doc.version, mode: 'review' }).expect(403);
      await api.post('/api/loyalty/expiry/preview').send({}).expect(403);
      await api.post('/api/loyalty/expiry/apply').send({ as_of: '2099-01-01' }).expect(403);
      await api.post(`/api/loyalty/adjustments/${pending.id}/approve`).send({}).expect(403);
      await api.post(`/api/loyalty/adjustments/${pending.id}/reject`).send({}).expect(403);
      await api.post(`/api/loyalty/entries/${entry.id}/reverse`).send({ note: '无权冲正' }).expect(403);
    }
    expect({ ...(await unchanged()), entries: await countOf(db, 'point_entries'), changes: await countOf(db, 'tier_changes'), previews: await countOf(db, 'tier_previews') }).toEqual(before);
    expect((await db('point_adjustments').where({ id: pending.id }).first()).status).toBe('pending');
    // a manager may
    await w.manager.post('/api/loyalty/preview').send({}).expect(200);
    await w.manager.post('/api/loyalty/expiry/preview').send({}).expect(200);
  });

  it('when a tier that members hold is deleted, then 400 on id and nothing changes; a tier nobody holds can go', async () => {
    const gold = await member(w, 'gold');
    const before = { tiers: await tiersTable(), member: await db('customers').where({ id: gold }).first('tier_id', 'version') };
    const res = await w.admin.delete(`/api/tiers/${w.tier.gold}`).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['id']);
    expect(res.body.errors.id).toMatch(/members still hold this tier/);
    await w.manager.delete('/api/tiers').send({ ids: [w.tier.gold] }).expect(400);
    expect({ tiers: await tiersTable(), member: await db('customers').where({ id: gold }).first('tier_id', 'version') }).toEqual(before);

    const spare = (await w.manager.post('/api/tiers').send({ code: 'black', name: '黑卡', rank: 9, threshold_points: 90_000_000 }).expect(201)).body.id;
    await w.manager.delete(`/api/tiers/${spare}`).expect(200);
    expect(await countOf(db, 'tiers', { id: spare })).toBe(0);
  });
});
