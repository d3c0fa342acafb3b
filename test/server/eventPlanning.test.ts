import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { countOf, dayFromToday, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * CS event planning (issue 6): the events' status flow and capacity, inviting an audience in one transaction
 * (consent, households, per-consultant quota, waiting list, greetings, audit), signing in on the day (QR token,
 * customer, walk-in; attendance points) and the scorecard, checked against a small fixture built here.
 */
describe('event planning', () => {
  let w: World;
  let db: World['t']['db'];
  let serial = 0;

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
  });
  afterAll(async () => w.t.drop());

  const eventBody = (extra: Row = {}): Row => {
    serial += 1;
    return {
      title: `活动${serial}`, event_type: 'themed_day', start_at: '2026-12-05T02:00:00.000Z', end_at: '2026-12-05T06:00:00.000Z',
      place: '展厅', status: 'planned', ...extra,
    };
  };
  const newEvent = async (extra: Row = {}): Promise<number> => (await w.manager.post('/api/events').send(eventBody(extra)).expect(201)).body.id;
  const statusOf = async (id: number) => String((await db('events').where({ id }).first('status')).status);
  const move = (api: World['admin'], id: number, status: string) => api.put(`/api/events/${id}`).send({ status });
  const writes = async () => ({
    participants: await countOf(db, 'event_participants'), touches: await countOf(db, 'care_touches'),
    audit: await countOf(db, 'audit_log'), runs: await countOf(db, 'event_invitation_runs'), points: await countOf(db, 'point_entries'),
  });
  const participantsOf = async (eventId: number): Promise<Row[]> => db('event_participants').where({ event_id: eventId }).orderBy('customer_id');
  const truthy = (v: unknown) => v === true || v === 1 || v === '1';

  describe('status flow', () => {
    it('when an event is created in a later status, then 400 on status and nothing is saved', async () => {
      const before = await countOf(db, 'events');
      for (const status of ['approved', 'running', 'done', 'cancelled']) {
        const res = await w.manager.post('/api/events').send(eventBody({ status })).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['status']);
      }
      expect(await countOf(db, 'events')).toBe(before);
      await w.specialist.post('/api/events').send(eventBody({ status: 'draft' })).expect(201);
      expect(await countOf(db, 'events')).toBe(before + 1);
    });

    it('when an event ends before it starts, then 400 on end_at', async () => {
      const res = await w.manager.post('/api/events').send(eventBody({ start_at: '2026-12-05T06:00:00.000Z', end_at: '2026-12-05T02:00:00.000Z' })).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['end_at']);
    });

    it('when an event walks draft → planned → approved → running → done, then only the allowed moves go through and done is final', async () => {
      const id = await newEvent({ status: 'draft' });
      const skip = await move(w.manager, id, 'approved').expect(400);
      expect(Object.keys(skip.body.errors)).toEqual(['status']);
      expect(skip.body.errors.status).toMatch(/cannot go from draft to approved/);
      expect(await statusOf(id)).toBe('draft');
      await move(w.manager, id, 'running').expect(400);
      await move(w.specialist, id, 'planned').expect(200);
      await move(w.specialist, id, 'draft').expect(200);
      await move(w.specialist, id, 'planned').expect(200);

      // approving takes a manager: a specialist is refused, with nothing changed
      const refused = await move(w.specialist, id, 'approved').expect(403);
      expect(Object.keys(refused.body.errors)).toEqual(['status']);
      expect(await statusOf(id)).toBe('planned');
      await move(w.manager, id, 'approved').expect(200);
      expect(await statusOf(id)).toBe('approved');

      await move(w.manager, id, 'done').expect(400);
      await move(w.specialist, id, 'running').expect(200);
      for (const status of ['planned', 'approved', 'cancelled', 'draft']) {
        const res = await move(w.admin, id, status).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['status']);
      }
      await move(w.specialist, id, 'done').expect(200);
      for (const status of ['running', 'cancelled', 'planned']) await move(w.admin, id, status).expect(400);
      expect(await statusOf(id)).toBe('done');
      // its dates are fixed now (the calendar cannot move it)
      const moved = await w.manager.put(`/api/events/${id}`).send({ start_at: '2026-12-06T02:00:00.000Z', end_at: '2026-12-06T06:00:00.000Z' }).expect(400);
      expect(Object.keys(moved.body.errors)).toEqual(['start_at']);
      // other fields of a finished event may still be edited (e.g. its actual cost)
      await w.manager.put(`/api/events/${id}`).send({ actual_cost: 1234 }).expect(200);
    });

    it('when an event is cancelled, then it stays cancelled', async () => {
      const id = await newEvent({ status: 'planned' });
      await move(w.manager, id, 'approved').expect(200);
      await move(w.manager, id, 'planned').expect(200);
      await move(w.specialist, id, 'cancelled').expect(200);
      for (const status of ['draft', 'planned', 'approved', 'running', 'done']) await move(w.admin, id, status).expect(400);
      expect(await statusOf(id)).toBe('cancelled');
    });
  });

  describe('inviting an audience', () => {
    /** by letter: the small audience of the capacity-3 event */
    const c: Record<string, number> = {};
    let eventId: number;
    let everyone: number[];
    const filter = () => ({ id: everyone });

    beforeAll(async () => {
      const phone = '13800000001';
      const spec: [string, Row][] = [
        ['a', { consent_sms: true, phone, owner_id: w.salesId }],
        ['b', { consent_sms: false }],
        ['c', { consent_sms: true }],
        ['d', { consent_sms: true, address: '幸福路1号', owner_id: w.salesId }],
        ['e', { consent_sms: true, address: '幸福路1号' }],
        ['f', { consent_sms: true, owner_id: w.salesId }],
        ['g', { consent_sms: true }],
        ['h', { consent_sms: true }],
        ['i', { consent_sms: true }],
      ];
      for (const [name, extra] of spec) c[name] = await member(w, 'regular', { name: `受邀${name}`, ...extra });
      // the same phone as a, written differently
      await db('customers').where({ id: c.c }).update({ phone: '138 0000-0001' });
      everyone = Object.values(c).sort((x, y) => x - y);
      eventId = await newEvent({ capacity: 3 });
    });

    const invite = (body: Row, api = w.specialist) => api.post(`/api/events/${eventId}/invite`).send(body);
    const rules = { channel: 'sms', quota_per_consultant: 2 };

    it('when a request is malformed, the role may not invite, or the event is closed, then it is refused and nothing is written', async () => {
      const closed = await newEvent({ status: 'draft' });
      await move(w.manager, closed, 'cancelled').expect(200);
      const before = await writes();
      expect(Object.keys((await invite({ channel: 'sms' }).expect(400)).body.errors)).toEqual(['segment_id']);
      expect(Object.keys((await invite({ channel: 'sms', segment_id: 1, filter: filter() }).expect(400)).body.errors)).toContain('segment_id');
      expect(Object.keys((await invite({ channel: 'fax', filter: filter() }).expect(400)).body.errors)).toEqual(['channel']);
      await invite({ ...rules, filter: filter() }, w.sales).expect(403);
      const res = await w.specialist.post(`/api/events/${closed}/invite`).send({ ...rules, filter: filter() }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['status']);
      expect(await writes()).toEqual(before);
    });

    it('when a dry run is asked, then it counts consent, household and quota exclusions and the waiting list, and writes nothing', async () => {
      const before = await writes();
      const res = (await invite({ ...rules, filter: filter(), dry_run: true }).expect(200)).body;
      expect(res).toEqual({
        matched: 9, excluded: { already_invited: 0, no_consent: 1, household: 2, quota: 1 },
        invited: 3, waitlisted: 2, greetings: 3, batch_id: null, dry_run: true,
      });
      expect(await writes()).toEqual(before);
    });

    it('when the audience is invited, then participants, tokens, waiting list, greetings, audit and the run are written together', async () => {
      const before = await writes();
      const res = (await invite({ ...rules, filter: filter() }).expect(200)).body;
      expect(res).toMatchObject({
        matched: 9, excluded: { already_invited: 0, no_consent: 1, household: 2, quota: 1 },
        invited: 3, waitlisted: 2, greetings: 3, dry_run: false, batch_id: expect.stringMatching(/^invite-/),
      });
      const rows = await participantsOf(eventId);
      expect(rows.map((p) => [Number(p.customer_id), truthy(p.waitlisted)])).toEqual([
        [c.a, false], [c.d, false], [c.g, false], [c.h, true], [c.i, true],
      ]);
      const run = await db('event_invitation_runs').where({ event_id: eventId }).first();
      expect([Number(run.invited), Number(run.waitlisted), run.channel, run.batch_id, run.segment_id]).toEqual([3, 2, 'sms', res.batch_id, null]);
      for (const p of rows) {
        expect(p).toMatchObject({ rsvp: 'pending', invite_channel: 'sms' });
        expect(truthy(p.attended)).toBe(false);
        expect(p.invited_at).not.toBeNull();
        expect(Number(p.run_id)).toBe(Number(run.id));
        expect(String(p.qr_token)).toMatch(/^\S{6,40}$/);
      }
      expect(new Set(rows.map((p) => p.qr_token)).size).toBe(5);

      const touches = await db('care_touches').where({ touch_type: 'event_invitation' }).whereIn('customer_id', everyone).orderBy('customer_id');
      expect(touches.map((t: Row) => [Number(t.customer_id), t.status, t.channel, t.staff_id == null ? null : Number(t.staff_id)]))
        .toEqual([[c.a, 'scheduled', 'sms', w.salesId], [c.d, 'scheduled', 'sms', w.salesId], [c.g, 'scheduled', 'sms', null]]);
      expect(String(touches[0].message)).toContain('受邀a');

      const audit = await db('audit_log').where({ batch_id: res.batch_id }).orderBy('record_id');
      expect(audit.map((a: Row) => [a.resource, a.action, Number(a.record_id)])).toEqual(rows.map((p) => ['event_participants', 'create', Number(p.id)]));
      expect(await writes()).toEqual({ ...before, participants: before.participants + 5, touches: before.touches + 3, audit: before.audit + 5, runs: before.runs + 1 });

      // the participants are listed like any others
      const listed = (await w.specialist.get('/api/event_participants').query({ filter: JSON.stringify({ event_id: eventId, waitlisted: true }) }).expect(200)).body as Row[];
      expect(listed.map((p) => Number(p.customer_id)).sort((x, y) => x - y)).toEqual([c.h, c.i]);
    });

    it('when one invitee declines, then the freed place goes to the next invitation and the rest wait', async () => {
      const a = (await participantsOf(eventId)).find((p) => Number(p.customer_id) === c.a) as Row;
      await w.specialist.put(`/api/event_participants/${a.id}`).send({ rsvp: 'no' }).expect(200);
      const res = (await invite({ channel: 'sms', filter: filter(), exclude_no_consent: false, one_per_household: false }).expect(200)).body;
      expect(res).toMatchObject({
        matched: 9, excluded: { already_invited: 5, no_consent: 0, household: 0, quota: 0 }, invited: 1, waitlisted: 3, greetings: 1,
      });
      const rows = await participantsOf(eventId);
      expect(rows.filter((p) => !truthy(p.waitlisted)).map((p) => Number(p.customer_id))).toEqual([c.a, c.b, c.d, c.g]);
      expect(rows.filter((p) => truthy(p.waitlisted)).map((p) => Number(p.customer_id))).toEqual([c.c, c.e, c.f, c.h, c.i]);
      expect(await countOf(db, 'care_touches', { customer_id: c.b, touch_type: 'event_invitation' })).toBe(1);
      expect(await countOf(db, 'care_touches', { customer_id: c.c, touch_type: 'event_invitation' })).toBe(0);
    });

    it('when a consultant\'s customers were invited by an earlier run, then they count toward the quota of the next', async () => {
      const other = await newEvent({});
      const run = (ids: number[]) => w.specialist.post(`/api/events/${other}/invite`).send({ channel: 'sms', quota_per_consultant: 2, filter: { id: ids } }).expect(200);
      expect((await run([c.a])).body).toMatchObject({ invited: 1, excluded: { quota: 0 } });
      expect((await run([c.d, c.f])).body).toMatchObject({ invited: 1, excluded: { quota: 1 } });
      expect(await countOf(db, 'event_participants', { event_id: other })).toBe(2);
    });

    it('when capacity would fall below those who said yes, then 400 on capacity and nothing changes', async () => {
      const rows = await participantsOf(eventId);
      for (const cid of [c.d, c.g]) {
        const p = rows.find((r) => Number(r.customer_id) === cid) as Row;
        await w.specialist.put(`/api/event_participants/${p.id}`).send({ rsvp: 'yes' }).expect(200);
      }
      const res = await w.manager.put(`/api/events/${eventId}`).send({ capacity: 1 }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['capacity']);
      expect(res.body.errors.capacity).toMatch(/2/);
      expect(Number((await db('events').where({ id: eventId }).first('capacity')).capacity)).toBe(3);
      await w.manager.put(`/api/events/${eventId}`).send({ capacity: 2 }).expect(200);
      expect(Number((await db('events').where({ id: eventId }).first('capacity')).capacity)).toBe(2);
    });

    describe('signing in', () => {
      const tokenOf = async (customerId: number) => String((await db('event_participants').where({ event_id: eventId, customer_id: customerId }).first('qr_token')).qr_token);
      const checkIn = (body: Row) => w.specialist.post(`/api/events/${eventId}/check-in`).send(body);

      it('when the event is not yet approved, then sign-in is refused on status', async () => {
        const res = await checkIn({ qr_token: await tokenOf(c.d) }).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['status']);
        await move(w.manager, eventId, 'approved').expect(200);
      });

      it('when a QR token is scanned, then the participant is signed in once and earns the attendance points once', async () => {
        const res = (await checkIn({ qr_token: await tokenOf(c.h) }).expect(200)).body;
        expect(res.already).toBe(false);
        expect(res.participant).toMatchObject({ customer_id: c.h, attended: true, rsvp: 'yes', waitlisted: false });
        expect(res.participant.checked_in_at).toBeTruthy();
        const entries = await db('point_entries').where({ customer_id: c.h });
        expect(entries.map((e: Row) => [e.reason, e.source_type, Number(e.points)])).toEqual([['event', 'event_participants', 200]]);
        expect(Number(entries[0].source_id)).toBe(Number(res.participant.id));

        const again = (await checkIn({ qr_token: await tokenOf(c.h) }).expect(200)).body;
        expect(again.already).toBe(true);
        expect(await countOf(db, 'point_entries', { customer_id: c.h })).toBe(1);
        const byCustomer = (await checkIn({ customer_id: c.h }).expect(200)).body;
        expect(byCustomer.already).toBe(true);
        expect(await countOf(db, 'point_entries', { customer_id: c.h })).toBe(1);
      });

      it('when a silver member signs in by customer, then the points follow the tier multiplier', async () => {
        await db('customers').where({ id: c.g }).update({ tier_id: w.tier.silver });
        const res = (await checkIn({ customer_id: c.g }).expect(200)).body;
        expect(res.already).toBe(false);
        expect((await db('point_entries').where({ customer_id: c.g, reason: 'event' })).map((e: Row) => Number(e.points))).toEqual([220]);
      });

      it('when the token or the customer is not invited, then 400 unless signed in as a walk-in', async () => {
        const before = await writes();
        const token = await checkIn({ qr_token: 'no-such-token' }).expect(400);
        expect(Object.keys(token.body.errors)).toEqual(['qr_token']);
        const stranger = await member(w, 'regular', { name: '路人' });
        const after = await writes();
        const notInvited = await checkIn({ customer_id: stranger }).expect(400);
        expect(Object.keys(notInvited.body.errors)).toEqual(['customer_id']);
        expect(notInvited.body.errors.customer_id).toMatch(/not invited/);
        expect((await writes()).participants).toBe(before.participants);
        expect((await writes()).points).toBe(after.points);

        const walkIn = (await checkIn({ customer_id: stranger, walk_in: true }).expect(200)).body;
        expect(walkIn.already).toBe(false);
        expect(walkIn.participant).toMatchObject({ customer_id: stranger, event_id: eventId, walk_in: true, attended: true, rsvp: 'yes' });
        expect(await countOf(db, 'event_participants', { event_id: eventId, customer_id: stranger })).toBe(1);
        expect(await countOf(db, 'point_entries', { customer_id: stranger, reason: 'event' })).toBe(1);
        // a second walk-in sign-in finds the first
        expect((await checkIn({ customer_id: stranger, walk_in: true }).expect(200)).body.already).toBe(true);
        expect(await countOf(db, 'event_participants', { event_id: eventId, customer_id: stranger })).toBe(1);
      });

      it('when the event is done, then nobody more signs in', async () => {
        await move(w.manager, eventId, 'running').expect(200);
        await checkIn({ customer_id: c.d }).expect(200);
        await move(w.manager, eventId, 'done').expect(200);
        const res = await checkIn({ customer_id: c.i }).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['status']);
        const late = await w.specialist.post(`/api/events/${eventId}/invite`).send({ channel: 'call', filter: filter() }).expect(400);
        expect(Object.keys(late.body.errors)).toEqual(['status']);
      });
    });
  });

  describe('a large invitation', () => {
    const SIZE = 5000;
    let eventId: number;
    let segmentId: number;

    beforeAll(async () => {
      const stamp = new Date().toISOString();
      const rows = Array.from({ length: SIZE }, (_, i) => ({
        name: `批量客户${i}`, customer_type: 'fleet', created_at: stamp, updated_at: stamp, version: 1, search_text: null,
      }));
      await db.batchInsert('customers', rows, 100);
      eventId = await newEvent({ capacity: null });
      segmentId = (await w.manager.post('/api/segments').send({ name: '车队客户', filter: { customer_type: 'fleet' } }).expect(201)).body.id;
    });

    it('when 5,000 customers of a segment are invited, then every row is written in one run, and a second invite of the segment changes nothing', async () => {
      const before = await writes();
      const res = (await w.manager.post(`/api/events/${eventId}/invite`).send({ segment_id: segmentId, channel: 'call' }).expect(200)).body;
      expect(res).toMatchObject({ matched: SIZE, invited: SIZE, waitlisted: 0, greetings: SIZE, excluded: { already_invited: 0, no_consent: 0, household: 0, quota: 0 } });
      expect(await countOf(db, 'event_participants', { event_id: eventId })).toBe(SIZE);
      expect(await countOf(db, 'event_participants', { event_id: eventId, waitlisted: false, rsvp: 'pending' })).toBe(SIZE);
      expect(Number((await db('event_participants').where({ event_id: eventId }).countDistinct({ n: 'qr_token' }).first())?.n)).toBe(SIZE);
      expect(await countOf(db, 'audit_log', { batch_id: res.batch_id, resource: 'event_participants' })).toBe(SIZE);
      const after = await writes();
      expect(after).toEqual({ ...before, participants: before.participants + SIZE, touches: before.touches + SIZE, audit: before.audit + SIZE, runs: before.runs + 1 });
      expect(Number((await db('event_invitation_runs').where({ event_id: eventId }).first()).segment_id)).toBe(segmentId);

      const twice = await w.manager.post(`/api/events/${eventId}/invite`).send({ segment_id: segmentId, channel: 'sms', exclude_no_consent: false }).expect(400);
      expect(Object.keys(twice.body.errors)).toEqual(['segment_id']);
      expect(twice.body.errors.segment_id).toMatch(/already invited/);
      expect(await writes()).toEqual(after);

      // the same audience as a filter finds everyone already invited and writes nothing
      const again = (await w.manager.post(`/api/events/${eventId}/invite`).send({ filter: { customer_type: 'fleet' }, channel: 'call' }).expect(200)).body;
      expect(again).toMatchObject({ matched: SIZE, invited: 0, waitlisted: 0, batch_id: null, excluded: { already_invited: SIZE } });
      expect(await writes()).toEqual(after);
    });
  });

  describe('scorecard', () => {
    const p: Record<string, number> = {};
    let eventId: number;
    const day = dayFromToday(-5);

    beforeAll(async () => {
      for (const name of ['p1', 'p2', 'p3', 'p4', 'p5']) p[name] = await member(w, 'regular', { name, customer_type: 'owner' });
      p.w1 = await member(w, 'regular', { name: 'w1', customer_type: 'prospect' });
      p.w2 = await member(w, 'regular', { name: 'w2', customer_type: 'owner' });
      eventId = await newEvent({ start_at: `${day}T01:00:00.000Z`, end_at: `${day}T05:00:00.000Z`, capacity: 20, budget: 3000, actual_cost: 2400 });
      await w.specialist.post(`/api/events/${eventId}/invite`).send({ channel: 'call', filter: { id: [p.p1, p.p2, p.p3, p.p4, p.p5] } }).expect(200);
      const rows = await participantsOf(eventId);
      const idOf = (cid: number) => (rows.find((r) => Number(r.customer_id) === cid) as Row).id;
      for (const [cid, rsvp] of [[p.p1, 'yes'], [p.p2, 'yes'], [p.p3, 'no']] as const) {
        await w.specialist.put(`/api/event_participants/${idOf(cid)}`).send({ rsvp }).expect(200);
      }
      await move(w.manager, eventId, 'approved').expect(200);
      await w.specialist.post(`/api/events/${eventId}/check-in`).send({ customer_id: p.p1 }).expect(200);
      await w.specialist.post(`/api/events/${eventId}/check-in`).send({ customer_id: p.w1, walk_in: true }).expect(200);
      await w.specialist.post(`/api/events/${eventId}/check-in`).send({ customer_id: p.w2, walk_in: true }).expect(200);

      // referrals: one by an attendee within the window counts; one by a no-show and one made before the event do not
      await member(w, null, { name: 'r1', referred_by_id: p.p1 });
      await member(w, null, { name: 'r2', referred_by_id: p.p2 });
      const early = await member(w, null, { name: 'r3', referred_by_id: p.w1 });
      await db('customers').where({ id: early }).update({ created_at: `${dayFromToday(-10)}T00:00:00.000Z` });

      const visit = (customer_id: number, visit_date: string, amount: number) =>
        w.admin.post('/api/service_visits').send({ customer_id, visit_date, visit_type: 'repair', amount }).expect(201);
      await visit(p.p1, dayFromToday(-2), 300.5);
      await visit(p.w2, dayFromToday(-1), 200);
      await visit(p.p1, day, 999); // the event's own day is not after it
      await visit(p.p2, dayFromToday(-2), 777); // not an attendee
      const buy = (customer_id: number, purchase_date: string, price: number) =>
        w.admin.post('/api/vehicles').send({ customer_id, model: 'sedan_a', purchase_date, price }).expect(201);
      await buy(p.w1, dayFromToday(-1), 150_000);
      await buy(p.p3, dayFromToday(-1), 99_000);
      await buy(p.w2, dayFromToday(-30), 88_000);

      const followUp = (customer_id: number, reason: string, due_date: string, overall_score: number | null) =>
        w.admin.post('/api/follow_ups').send({ customer_id, reason, channel: 'phone', due_date, ...(overall_score == null ? {} : { overall_score }) }).expect(201);
      await followUp(p.p1, 'after_event', dayFromToday(-3), 5);
      await followUp(p.w2, 'after_event', dayFromToday(-4), 4);
      await followUp(p.w1, 'after_event', dayFromToday(-3), null);
      await followUp(p.p1, 'care', dayFromToday(-3), 1);
      await followUp(p.p2, 'after_event', dayFromToday(-3), 1);
      await followUp(p.w2, 'after_event', dayFromToday(-20), 1);
    });

    it('when an event has run, then the scorecard counts its attendance, prospects, referrals, visits, purchases, satisfaction and cost', async () => {
      const card = (await w.sales.get(`/api/events/${eventId}/scorecard`).expect(200)).body;
      expect(card).toMatchObject({
        event_id: eventId,
        invited: 5, confirmed: 4, declined: 1, waitlisted: 0, attended: 3, walk_ins: 2, no_shows: 1,
        attendance_rate: 0.6, show_rate: 0.75,
        new_prospects: 1, referrals: 1,
        service_visits: 2, service_revenue: 500.5,
        purchases: 1, purchase_revenue: 150_000,
        satisfaction: { average: 4.5, answers: 2 },
        cost: 2400, cost_per_attendee: 800,
      });
      expect(card.window.from).toBe(`${day}T01:00:00.000Z`);
      expect(card.window.to.slice(0, 10)).toBe(new Date(Date.parse(`${day}T05:00:00.000Z`) + 30 * 86_400_000).toISOString().slice(0, 10));
    });

    it('when nobody was invited, then the rates are empty and the budget stands for the cost', async () => {
      const empty = await newEvent({ budget: 500 });
      const card = (await w.manager.get(`/api/events/${empty}/scorecard`).expect(200)).body;
      expect(card).toMatchObject({ invited: 0, attended: 0, attendance_rate: null, show_rate: null, cost: 500, cost_per_attendee: null, satisfaction: { average: null, answers: 0 } });
      await w.manager.get('/api/events/999999/scorecard').expect(404);
    });
  });

  describe('the year plan', () => {
    it('when a year is read, then its events fall into quarters by China time, with counts, budget and totals (cancelled ones listed, not counted)', async () => {
      await db('cs_plans').insert({ year: 2031, title: '2031年度CS企划', status: 'approved', q1_theme: '新春关怀', q2_theme: '亲子健康', created_at: '2030-12-01T00:00:00Z', updated_at: '2030-12-01T00:00:00Z', version: 1 });
      // 2031-03-31 17:00 UTC is 1 April 01:00 in China: the second quarter
      const april = await newEvent({ start_at: '2031-03-31T17:00:00.000Z', end_at: '2031-03-31T20:00:00.000Z', budget: 1000, actual_cost: 800 });
      const march = await newEvent({ start_at: '2031-03-10T02:00:00.000Z', end_at: '2031-03-10T06:00:00.000Z', budget: 500 });
      const dropped = await newEvent({ start_at: '2031-05-01T02:00:00.000Z', end_at: '2031-05-01T06:00:00.000Z', budget: 9999 });
      await move(w.manager, dropped, 'cancelled').expect(200);
      await newEvent({ start_at: '2030-12-31T16:30:00.000Z', end_at: '2030-12-31T18:00:00.000Z', budget: 7 }); // 1 January 2031, 00:30 in China
      await newEvent({ start_at: '2030-12-31T15:30:00.000Z', end_at: '2030-12-31T15:50:00.000Z', budget: 3 }); // still 2030 in China
      const guest = await member(w, 'regular', { name: '年度计划嘉宾' });
      await db('event_participants').insert({ event_id: april, customer_id: guest, invited_at: '2031-03-01T00:00:00Z', rsvp: 'yes', attended: true, walk_in: false, waitlisted: false, created_at: '2031-03-01T00:00:00Z', updated_at: '2031-03-01T00:00:00Z', version: 1 });

      const plan = (await w.sales.get('/api/events/plan/2031').expect(200)).body;
      expect(plan.plan).toMatchObject({ title: '2031年度CS企划' });
      const ids = (q: number) => plan.quarters[q - 1].events.map((e: Row) => e.id);
      expect(plan.quarters.map((q: Row) => q.theme)).toEqual(['新春关怀', '亲子健康', null, null]);
      expect(ids(1)).toHaveLength(2);
      expect(ids(1)).toContain(march);
      expect(ids(2)).toEqual([april, dropped]);
      expect(plan.quarters[1].events[0]).toMatchObject({ invited: 1, confirmed: 1, attended: 1, budget: 1000, actual_cost: 800 });
      expect(plan.quarters[1].totals).toEqual({ events: 1, budget: 1000, actual_cost: 800, invited: 1, confirmed: 1, attended: 1 });
      expect(plan.totals).toEqual({ events: 3, budget: 1507, actual_cost: 800, invited: 1, confirmed: 1, attended: 1 });
      await w.sales.get('/api/events/plan/nope').expect(400);
      expect((await w.sales.get('/api/events/plan/2032').expect(200)).body).toMatchObject({ plan: null, totals: { events: 0 } });
    });
  });
});
