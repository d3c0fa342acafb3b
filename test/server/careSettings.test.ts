import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARE_DEFAULTS } from '../../server/domain/care/settings.js';
import { countOf, loyaltyWorld, type World } from './loyalty.js';

/** The care team's adjustable rules (/api/care/settings): defaults until saved, managers change them, bad values refused whole. */
describe('care settings', () => {
  let w: World;
  beforeAll(async () => {
    w = await loyaltyWorld();
  });
  afterAll(async () => w.t.drop());

  it('when nothing was saved, then every key reads as its defaults, for every role', async () => {
    expect((await w.sales.get('/api/care/settings').expect(200)).body).toEqual(CARE_DEFAULTS);
    expect((await w.specialist.get('/api/care/settings/sla').expect(200)).body.first_response_hours).toBe(24);
    await w.specialist.get('/api/care/settings/nonsense').expect(404);
  });

  it('when a manager changes part of a key, then only that part changes and the change is audited', async () => {
    const audits = await countOf(w.t.db, 'audit_log');
    const saved = (await w.manager.put('/api/care/settings/sla').send({ resolve_hours: 48 }).expect(200)).body;
    expect(saved).toEqual({ ...CARE_DEFAULTS.sla, resolve_hours: 48 });
    expect((await w.specialist.get('/api/care/settings/sla').expect(200)).body.resolve_hours).toBe(48);
    expect(await countOf(w.t.db, 'audit_log')).toBe(audits + 1);
  });

  it('when a value is bad, then 400 names it and nothing is stored; a specialist may not change settings', async () => {
    const bad = await w.manager.put('/api/care/settings/sla').send({ work_start: '25:00', resolve_hours: 0, extra: 1 }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['extra', 'resolve_hours', 'work_start']);
    await w.manager.put('/api/care/settings/sla').send([1]).expect(400);
    await w.specialist.put('/api/care/settings/sla').send({ resolve_hours: 10 }).expect(403);
    expect((await w.manager.get('/api/care/settings/sla').expect(200)).body.resolve_hours).toBe(48);
  });
});
