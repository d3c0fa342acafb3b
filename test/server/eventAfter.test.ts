import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { userOf } from './actors.js';
import { countOf, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * After an event (issue 6, part 6): moving it to done schedules the attendees' and the no-shows' follow-ups
 * in the same transaction (once per event and customer), the scorecard reads satisfaction from the follow-ups
 * linked to the event, and the year plan rolls every done event's results up by quarter and year.
 */
describe('after the event', () => {
  let w: World;
  let db: World['t']['db'];
  let ownerId: number;
  let serial = 0;

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    ownerId = (await userOf(db, 'cs_specialist')).id;
  });
  afterAll(async () => w.t.drop());

  const stamp = '2026-01-01T00:00:00.000Z';
  /** a planned event walked to running by the manager (the flow's only way there) */
  const runningEvent = async (extra: Row = {}): Promise<number> => {
    serial += 1;
    const id = (await w.manager.post('/api/events').send({
      title: `车主答谢会${serial}`, event_type: 'themed_day', start_at: '2026-12-05T10:00:00.000Z', end_at: '2026-12-05T17:30:00.000Z',
      status: 'planned', owner_id: ownerId, ...extra,
    }).expect(201)).body.id;
    await w.manager.put(`/api/events/${id}`).send({ status: 'approved' }).expect(200);
    await w.manager.put(`/api/events/${id}`).send({ status: 'running' }).expect(200);
    return id;
  };
  const join = (event_id: number, customer_id: number, p: Row) => db('event_participants').insert({
    event_id, customer_id, invited_at: stamp, rsvp: 'yes', attended: false, walk_in: false, waitlisted: false,
    created_at: stamp, updated_at: stamp, version: 1, ...p,
  });
  const callsOf = async (eventId: number): Promise<Row[]> => db('follow_ups').where({ event_id: eventId }).orderBy('customer_id');
  const statusOf = async (id: number) => String((await db('events').where({ id }).first('status')).status);
  const num = (v: unknown) => (v == null ? null : Number(v));

  describe('follow-ups scheduled when an event is done', () => {
    const c: Record<string, number> = {};
    let eventId: number;

    beforeAll(async () => {
      c.came = await member(w, 'regular', { name: '到场甲', owner_id: w.salesId });
      c.walkIn = await member(w, 'regular', { name: '现场乙' });
      c.missed = await member(w, 'regular', { name: '爽约丙', owner_id: w.salesId });
      c.waiting = await member(w, 'regular', { name: '候补丁' });
      c.declined = await member(w, 'regular', { name: '婉拒戊' });
      c.pending = await member(w, 'regular', { name: '未答己' });
      eventId = await runningEvent();
      await join(eventId, c.came, { attended: true });
      await join(eventId, c.walkIn, { attended: true, walk_in: true, invited_at: null });
      await join(eventId, c.missed, {});
      await join(eventId, c.waiting, { waitlisted: true });
      await join(eventId, c.declined, { rsvp: 'no' });
      await join(eventId, c.pending, { rsvp: 'pending' });
    });

    it('when an event is put to done, then attendees get a thank-you with a 1–5 score and confirmed no-shows a sorry-we-missed-you, due the next China day, called by their consultant else the event owner', async () => {
      const auditBefore = await countOf(db, 'audit_log', { resource: 'follow_ups' });
      const res = await w.specialist.put(`/api/events/${eventId}`).send({ status: 'done' }).expect(200);
      expect(res.body).toMatchObject({ id: eventId, status: 'done' });
      expect(Object.keys(res.body)).not.toContain('follow_ups');

      const calls = await callsOf(eventId);
      expect(calls.map((f) => Number(f.customer_id))).toEqual([c.came, c.walkIn, c.missed]);
      for (const f of calls) {
        // ends 01:30 on 6 December in China: the call is due on the 7th
        expect(f).toMatchObject({ reason: 'after_event', channel: 'phone', status: 'pending', due_date: '2026-12-07' });
        expect(String(f.script)).toContain('车主答谢会1');
      }
      const [came, walkIn, missed] = calls;
      expect(num(came.staff_id)).toBe(w.salesId);
      expect(num(walkIn.staff_id)).toBe(ownerId);
      expect(num(missed.staff_id)).toBe(w.salesId);
      expect(String(came.script)).toMatch(/^到场甲您好，感谢您参加/);
      expect(String(came.script)).toContain('1–5分');
      expect(String(came.script)).toContain('带朋友');
      expect(String(missed.script)).toMatch(/^爽约丙您好，「车主答谢会1」那天没能见到您/);
      expect(String(missed.script)).toContain('预约');
      expect(String(missed.script)).not.toContain('1–5分');

      const audit: Row[] = await db('audit_log').where({ resource: 'follow_ups' }).orderBy('id').offset(auditBefore);
      expect(audit.map((a) => Number(a.record_id))).toEqual(calls.map((f) => Number(f.id)));
      expect(new Set(audit.map((a) => a.batch_id)).size).toBe(1);
      expect(String(audit[0].batch_id)).toMatch(/^after-event-/);
      expect(audit.every((a) => a.action === 'create')).toBe(true);
    });

    it('when a done event is reopened and closed again, then only customers without a follow-up for it get one', async () => {
      const late = await member(w, 'regular', { name: '补签庚' });
      await join(eventId, late, { attended: true, walk_in: true });
      await db('events').where({ id: eventId }).update({ status: 'running' });
      await w.specialist.put(`/api/events/${eventId}`).send({ status: 'done' }).expect(200);
      const calls = await callsOf(eventId);
      expect(calls.map((f) => Number(f.customer_id))).toEqual([c.came, c.walkIn, c.missed, late]);
      // editing a done event again schedules nothing
      await w.specialist.put(`/api/events/${eventId}`).send({ actual_cost: 800 }).expect(200);
      expect(await countOf(db, 'follow_ups', { event_id: eventId })).toBe(4);
    });

    it('when the scorecard is read, then follow-ups scheduled and done are counted for attendees and no-shows, and satisfaction comes from those linked to the event', async () => {
      const calls = await callsOf(eventId);
      const byCustomer = (id: number) => calls.find((f) => Number(f.customer_id) === id) as Row;
      const answer = (f: Row, overall_score?: number) =>
        w.specialist.put(`/api/follow_ups/${f.id}`).send({ status: 'done', done_date: '2026-12-07', ...(overall_score ? { overall_score } : {}) }).expect(200);
      await answer(byCustomer(c.came), 5);
      await answer(byCustomer(c.walkIn), 3);
      await answer(byCustomer(c.missed));
      // an unlinked after-event call from before follow-ups were linked still counts; one linked to another event does not
      await w.admin.post('/api/follow_ups').send({ customer_id: c.walkIn, reason: 'after_event', channel: 'phone', due_date: '2026-12-10', overall_score: 1 }).expect(201);
      const other = await runningEvent();
      await w.admin.post('/api/follow_ups').send({ customer_id: c.came, event_id: other, reason: 'after_event', channel: 'phone', due_date: '2026-12-08', overall_score: 2 }).expect(201);
      await w.admin.post('/api/follow_ups').send({ customer_id: c.came, reason: 'care', channel: 'phone', due_date: '2026-12-08', overall_score: 2 }).expect(201);

      const card = (await w.manager.get(`/api/events/${eventId}/scorecard`).expect(200)).body;
      expect(card.satisfaction).toEqual({ average: 3, answers: 3 });
      expect(card.follow_ups).toEqual({ attendees: { scheduled: 3, done: 2 }, no_shows: { scheduled: 1, done: 1 } });
      expect(card).toMatchObject({ attended: 3, no_shows: 2 });
    });
  });

  describe('bulk edits and failures', () => {
    it('when several events are set to done in one bulk edit, then each gets its follow-ups under the edit\'s batch id', async () => {
      const a = await runningEvent();
      const b = await runningEvent();
      const x = await member(w, 'regular', { name: '批量甲' });
      const y = await member(w, 'regular', { name: '批量乙' });
      await join(a, x, { attended: true });
      await join(b, x, {});
      await join(b, y, { attended: true });
      const res = await w.manager.patch('/api/events').send({ ids: [a, b], data: { status: 'done' } }).expect(200);
      expect(await statusOf(a)).toBe('done');
      expect((await callsOf(a)).map((f) => Number(f.customer_id))).toEqual([x]);
      const callsB = await callsOf(b);
      expect(callsB.map((f) => Number(f.customer_id))).toEqual([x, y]);
      expect(String(callsB[0].script)).toContain('没能见到您');
      expect(String(callsB[1].script)).toContain('感谢您参加');
      const ids = [...(await callsOf(a)), ...callsB].map((f) => Number(f.id));
      const audit: Row[] = await db('audit_log').where({ resource: 'follow_ups' }).whereIn('record_id', ids);
      expect(audit).toHaveLength(3);
      expect(audit.every((r) => r.batch_id === res.body.batchId)).toBe(true);
    });

    it('when one event of a bulk edit cannot go to done, then nothing is changed and no follow-up is written', async () => {
      const ready = await runningEvent();
      const early = (await w.manager.post('/api/events').send({
        title: '未开始活动', event_type: 'themed_day', start_at: '2026-12-05T10:00:00.000Z', end_at: '2026-12-05T12:00:00.000Z', status: 'planned',
      }).expect(201)).body.id;
      await join(ready, await member(w, 'regular', { name: '批量丙' }), { attended: true });
      const res = await w.manager.patch('/api/events').send({ ids: [ready, early], data: { status: 'done' } }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['status']);
      expect(await statusOf(ready)).toBe('running');
      expect(await countOf(db, 'follow_ups', { event_id: ready })).toBe(0);
    });

    it('when writing the follow-ups fails, then the event stays running and none of them is kept', async () => {
      const id = await runningEvent();
      await join(id, await member(w, 'regular', { name: '回滚甲' }), { attended: true });
      await join(id, await member(w, 'regular', { name: '回滚乙' }), {});
      // the audit trail refuses follow-ups: the failure comes after the follow-ups themselves are written
      if (w.t.engine === 'postgres') {
        await db.raw(`CREATE FUNCTION refuse_follow_up_audit() RETURNS trigger AS $$ BEGIN
          IF NEW.resource = 'follow_ups' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
        await db.raw('CREATE TRIGGER refuse_follow_up_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_follow_up_audit()');
      } else {
        await db.raw(`CREATE TRIGGER refuse_follow_up_audit BEFORE INSERT ON audit_log WHEN NEW.resource = 'follow_ups'
          BEGIN SELECT RAISE(ABORT, 'refused'); END`);
      }
      try {
        await w.specialist.put(`/api/events/${id}`).send({ status: 'done' }).expect(500);
      } finally {
        await db.raw(w.t.engine === 'postgres' ? 'DROP TRIGGER refuse_follow_up_audit ON audit_log' : 'DROP TRIGGER refuse_follow_up_audit');
      }
      expect(await statusOf(id)).toBe('running');
      expect(await countOf(db, 'follow_ups', { event_id: id })).toBe(0);
      await w.specialist.put(`/api/events/${id}`).send({ status: 'done' }).expect(200);
      expect(await countOf(db, 'follow_ups', { event_id: id })).toBe(2);
    });
  });

  describe('the year plan\'s results', () => {
    const YEAR = 2025;
    const e: Record<string, number> = {};

    beforeAll(async () => {
      await db('cs_plans').insert({
        year: YEAR, title: '2025年度CS企划', status: 'approved', q1_theme: '新春关怀', q1_goals: '到场率 ≥ 70%', q1_budget: 50000,
        created_at: stamp, updated_at: stamp, version: 1,
      });
      const c: Record<string, number> = {};
      for (const name of ['x1', 'x2', 'x3', 'x4', 'w1', 'y1', 'z1', 'z2']) c[name] = await member(w, 'regular', { name });
      // Q1: done, 4 invited, 3 came (one a walk-in), 9,000 spent
      e.a = await runningEvent({ start_at: '2025-02-10T02:00:00.000Z', end_at: '2025-02-10T06:00:00.000Z', budget: 10000, actual_cost: 9000 });
      await join(e.a, c.x1, { attended: true });
      await join(e.a, c.x2, { attended: true });
      await join(e.a, c.x3, {});
      await join(e.a, c.x4, { rsvp: 'no' });
      await join(e.a, c.w1, { attended: true, walk_in: true, invited_at: null });
      // Q1: still running, so in its own results but not in the roll-ups
      e.b = await runningEvent({ start_at: '2025-03-01T02:00:00.000Z', end_at: '2025-03-01T06:00:00.000Z', budget: 2000 });
      await join(e.b, c.y1, { attended: true });
      // Q2: done, 2 invited, 1 came, budget only
      e.c = await runningEvent({ start_at: '2025-05-10T02:00:00.000Z', end_at: '2025-05-10T06:00:00.000Z', budget: 5000 });
      await join(e.c, c.z1, { attended: true });
      await join(e.c, c.z2, {});
      for (const id of [e.a, e.c]) await w.manager.put(`/api/events/${id}`).send({ status: 'done' }).expect(200);
      const score = (eventId: number, customerId: number, overall_score: number) =>
        db('follow_ups').where({ event_id: eventId, customer_id: customerId }).update({ status: 'done', overall_score });
      await score(e.a, c.x1, 5);
      await score(e.a, c.x2, 4);
      await score(e.c, c.z1, 3);
      await w.admin.post('/api/follow_ups').send({ customer_id: c.z1, reason: 'after_event', channel: 'phone', due_date: '2025-05-12', overall_score: 1 }).expect(201);

      const referred = await member(w, null, { name: 'r1', referred_by_id: c.x1 });
      const notCounted = await member(w, null, { name: 'r2', referred_by_id: c.x3 });
      await db('customers').whereIn('id', [referred, notCounted]).update({ created_at: '2025-02-20T03:00:00.000Z' });
      const visit = (customer_id: number, visit_date: string, amount: number) =>
        w.admin.post('/api/service_visits').send({ customer_id, visit_date, visit_type: 'maintenance', amount }).expect(201);
      await visit(c.x1, '2025-02-15', 600);
      await visit(c.x2, '2025-02-10', 450); // the event's own day
      await visit(c.x1, '2025-04-01', 300); // more than 30 days after
      await visit(c.y1, '2025-03-05', 100);
      const buy = (customer_id: number, purchase_date: string, price: number) =>
        w.admin.post('/api/vehicles').send({ customer_id, model: 'sedan_a', purchase_date, price }).expect(201);
      await buy(c.w1, '2025-03-01', 120000);
      await buy(c.z1, '2025-05-20', 80000);
      await buy(c.x4, '2025-02-20', 99000); // declined, not an attendee
    });

    it('when a year is read, then each event carries its results and done events roll up by quarter and year, beside the quarter\'s goals and budget', async () => {
      const plan = (await w.specialist.get(`/api/events/plan/${YEAR}`).expect(200)).body;
      const [q1, q2, q3] = plan.quarters;
      expect(q1).toMatchObject({ theme: '新春关怀', goals: '到场率 ≥ 70%', budget: 50000 });
      expect(q2).toMatchObject({ goals: null, budget: null });
      const byId = (id: number) => plan.quarters.flatMap((q: Row) => q.events as Row[]).find((x: Row) => x.id === id);
      expect(byId(e.a).results).toEqual({
        attendance_rate: 0.75, satisfaction: { average: 4.5, answers: 2 }, referrals: 1, service_visits: 1, service_revenue: 600,
        purchases: 1, purchase_revenue: 120000, cost: 9000, cost_per_attendee: 3000,
      });
      expect(byId(e.b).results).toMatchObject({ service_visits: 1, service_revenue: 100, cost: 2000, cost_per_attendee: 2000 });
      expect(byId(e.c).results).toMatchObject({ attendance_rate: 0.5, satisfaction: { average: 2, answers: 2 }, purchases: 1, cost: 5000, cost_per_attendee: 5000 });
      expect(q1.totals).toMatchObject({ events: 2, budget: 12000, actual_cost: 9000, attended: 4 });
      expect(q1.results).toEqual({
        events: 1, invited: 4, attended: 3, attendance_rate: 0.75, satisfaction: { average: 4.5, answers: 2 }, referrals: 1,
        service_visits: 1, service_revenue: 600, purchases: 1, purchase_revenue: 120000, revenue: 120600, cost: 9000, cost_per_attendee: 3000,
      });
      expect(q2.results).toEqual({
        events: 1, invited: 2, attended: 1, attendance_rate: 0.5, satisfaction: { average: 2, answers: 2 }, referrals: 0,
        service_visits: 0, service_revenue: 0, purchases: 1, purchase_revenue: 80000, revenue: 80000, cost: 5000, cost_per_attendee: 5000,
      });
      expect(q3.results).toMatchObject({ events: 0, attendance_rate: null, satisfaction: { average: null, answers: 0 }, cost_per_attendee: null });
      expect(plan.results).toEqual({
        events: 2, invited: 6, attended: 4, attendance_rate: 0.667, satisfaction: { average: 3.25, answers: 4 }, referrals: 1,
        service_visits: 1, service_revenue: 600, purchases: 2, purchase_revenue: 200000, revenue: 200600, cost: 14000, cost_per_attendee: 3500,
      });
    });
  });
  it('when a manager has set the event follow-up rules, then their channel, delay, script and survey are used', async () => {
    const survey = (await w.manager.post('/api/survey_templates').send({
      name: '活动满意度', scale: 'five', items: [{ key: 'overall', label_zh: '整体满意度', label_en: 'Overall' }],
    }).expect(201)).body;
    const rule = (await w.manager.post('/api/follow_up_rules').send({
      name: '活动后短信回访', trigger: 'event_attended', offset_days: 2, reason: 'after_event', channel: 'wechat',
      script: '{name}您好，感谢光临「{event}」', survey_template_id: survey.id,
    }).expect(201)).body;
    const guest = await member(w, 'regular', { name: '规则客' });
    const eventId = await runningEvent();
    await join(eventId, guest, { attended: true });
    await w.specialist.put(`/api/events/${eventId}`).send({ status: 'done' }).expect(200);
    const [call] = await callsOf(eventId);
    expect(call).toMatchObject({ channel: 'wechat', due_date: '2026-12-08', script: `规则客您好，感谢光临「车主答谢会${serial}」` });
    expect(num(call.survey_template_id)).toBe(survey.id);
    // switched off again, so a later event gets the built-in script
    await w.manager.put(`/api/follow_up_rules/${rule.id}`).send({ active: false }).expect(200);
  });
});
