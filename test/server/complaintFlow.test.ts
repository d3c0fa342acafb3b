import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import type { Row } from '../../server/resources/types.js';
import { complaintsDef } from '../../server/domain/complaints/def.js';
import { ResourceService } from '../../server/rest/service.js';
import { setPaused } from '../../server/domain/complaints/steps.js';
import { escalateBreached } from '../../server/domain/complaints/escalation.js';
import { contextOf, userOf } from './actors.js';
import { countOf, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Complaints (issue 7, part 3): the flow received → confirmed → assigned → resolved → feedback → closed (or
 * reopened) only through its steps, each asking for what it needs and logged with who and when; the SLA deadlines
 * in working hours (over Qingming 2025), paused while waiting for the customer; breached complaints escalated once.
 */
describe('complaint flow and SLA', () => {
  let w: World;
  let db: Knex;
  let customer: number;
  let managerId: number;

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    customer = await member(w);
    managerId = (await userOf(db, 'cs_manager')).id;
    for (const day of ['2025-04-04', '2025-04-05', '2025-04-06']) {
      await w.manager.post('/api/work_calendar_days').send({ day, kind: 'holiday', name: '清明节' }).expect(201);
    }
  });
  afterAll(async () => w.t.drop());

  /** A complaint received at `received_at` (default: Thursday 3 April 2025, 10:00 China time, before Qingming). */
  const receive = async (extra: Row = {}): Promise<Row> =>
    (await w.specialist.post('/api/complaints').send({
      title: '保养后异响', customer_id: customer, received_at: '2025-04-03T02:00:00.000Z', channel: 'phone',
      category: 'repair_quality', severity: 'high', description: '保养后行驶中底盘异响', ...extra,
    }).expect(201)).body;
  const step = (id: number, body: Row, as = w.specialist) => as.post(`/api/complaints/${id}/step`).send(body);
  const stored = async (id: number): Promise<Row> => db('complaints').where({ id }).first();
  const stepsOf = async (id: number): Promise<Row[]> => db('complaint_steps').where({ complaint_id: id }).orderBy('id');
  const iso = (v: unknown) => new Date(v as string).toISOString();

  it('when a complaint is received, then its deadlines are 24 and 72 working hours later, skipping the public holiday', async () => {
    const c = await receive();
    expect(c.status).toBe('received');
    // Thursday 10:00: 7 h Thursday, Qingming Fri–Sun off, 8 h Monday and Tuesday, 1 h Wednesday
    expect(iso(c.first_response_due_at)).toBe('2025-04-09T02:00:00.000Z');
    // 72 h = 7 + 8×8 + 1: Thursday 17 April, 10:00
    expect(iso(c.resolve_due_at)).toBe('2025-04-17T02:00:00.000Z');
    const steps = await stepsOf(c.id as number);
    expect(steps.map((s) => [s.action, s.to_status])).toEqual([['create', 'received']]);
  });

  it('when a new complaint names a later status or a resolution, then 400 pointing at the steps', async () => {
    const res = await w.specialist.post('/api/complaints').send({
      title: '直接结案', customer_id: customer, received_at: '2025-04-03T02:00:00.000Z', channel: 'phone', category: 'pricing',
      description: '测试', status: 'closed', resolution: '已处理',
    }).expect(400);
    expect(res.body.errors.status).toMatch(/step/);
    expect(res.body.errors.resolution).toMatch(/step/);
  });

  it('when a step is skipped, then 400 with the next step named and nothing changed', async () => {
    const c = await receive();
    const res = await step(c.id as number, { to: 'assigned', department: 'after_sales' }).expect(400);
    expect(res.body.errors.to).toMatch(/received.*assigned.*confirmed/);
    expect((await stored(c.id as number)).status).toBe('received');
    expect(await countOf(db, 'complaint_steps', { complaint_id: c.id, action: 'transition' })).toBe(0);
  });

  it('when a specialist confirms, then 403: the department manager confirms', async () => {
    const c = await receive();
    const res = await step(c.id as number, { to: 'confirmed' }).expect(403);
    expect(res.body.errors.to).toMatch(/manager/);
    const after = await stored(c.id as number);
    expect(after.status).toBe('received');
    expect(after.responded_at).toBeNull();
  });

  it('when worked from receipt to close, then each step asks for its fields and records who and when', async () => {
    const id = (await receive()).id as number;
    const confirmed = (await step(id, { to: 'confirmed', note: '已电话联系客户' }, w.manager).expect(200)).body;
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.confirmed_by_id).toBe(managerId);
    expect(confirmed.responded_at).toBe(confirmed.confirmed_at);

    expect((await step(id, { to: 'assigned' }).expect(400)).body.errors.department).toBeTruthy();
    expect((await step(id, { to: 'assigned', department: 'no_such_dept' }).expect(400)).body.errors.department).toBeTruthy();
    const assigned = (await step(id, { to: 'assigned', department: 'after_sales', rectification_notice: '三日内完成底盘复检' }).expect(200)).body;
    expect([assigned.status, assigned.department, assigned.rectification_notice]).toEqual(['assigned', 'after_sales', '三日内完成底盘复检']);

    expect((await step(id, { to: 'resolved', resolution: '  ' }).expect(400)).body.errors.resolution).toBeTruthy();
    await step(id, { to: 'resolved', resolution: '更换稳定杆衬套，试车无异响' }).expect(200);

    const early = await step(id, { to: 'closed' }).expect(400);
    expect(early.body.errors.to).toMatch(/feedback/);
    expect((await stored(id)).status).toBe('resolved');

    expect((await step(id, { to: 'feedback' }).expect(400)).body.errors.customer_feedback).toBeTruthy();
    await step(id, { to: 'feedback', customer_feedback: '客户表示满意' }).expect(200);
    const closed = (await step(id, { to: 'closed' }).expect(200)).body;
    expect(closed.status).toBe('closed');
    expect(closed.closed_at).toBeTruthy();

    expect((await step(id, { to: 'reopened' }).expect(400)).body.errors.note).toBeTruthy();
    const reopened = (await step(id, { to: 'reopened', note: '客户再次反映异响' }).expect(200)).body;
    expect([reopened.status, reopened.reopened_count, reopened.closed_at]).toEqual(['reopened', 1, null]);
    // handled again: resolved anew (or handed to another department), heard, and closed
    await step(id, { to: 'resolved', resolution: '更换副车架衬套' }).expect(200);
    expect(new Date(reopened.resolve_due_at).getTime()).toBeGreaterThan(Date.now());

    const steps = await stepsOf(id);
    expect(steps.filter((s) => s.action === 'transition').map((s) => `${s.from_status}>${s.to_status}`))
      .toEqual(['received>confirmed', 'confirmed>assigned', 'assigned>resolved', 'resolved>feedback', 'feedback>closed', 'closed>reopened', 'reopened>resolved']);
    expect(steps.every((s) => s.actor_id && s.at)).toBe(true);
    expect(steps[1].actor_id).toBe(managerId);
    expect(await countOf(db, 'audit_log', { resource: 'complaints', record_id: id, action: 'update' })).toBe(7);
  });

  it('when a generic edit or a bulk edit changes the status or a step field, then 400 naming the step endpoint', async () => {
    const c = await receive();
    const id = c.id as number;
    const res = await w.specialist.put(`/api/complaints/${id}`).send({ status: 'closed' }).expect(400);
    expect(res.body.errors.status).toContain(`/api/complaints/${id}/step`);
    await w.specialist.put(`/api/complaints/${id}`).send({ resolution: '已处理' }).expect(400);
    await w.specialist.patch('/api/complaints').send({ ids: [id], data: { status: 'resolved' } }).expect(400);
    expect((await stored(id)).status).toBe('received');
    // the rest of the record stays editable, and a corrected receipt time moves the deadlines
    const edited = (await w.specialist.put(`/api/complaints/${id}`).send({ severity: 'critical', received_at: '2025-04-07T01:00:00.000Z' }).expect(200)).body;
    expect(edited.severity).toBe('critical');
    // Monday 7 April 09:00 + 24 working hours = Wednesday 18:00
    expect(iso(edited.first_response_due_at)).toBe('2025-04-09T10:00:00.000Z');
  });

  it('when the clock is paused over a weekend waiting for the customer, then the deadlines move by the working time waited', async () => {
    const id = (await receive({ received_at: '2025-03-06T02:00:00.000Z' })).id as number;
    const before = await stored(id);
    const service = new ResourceService(db);
    const load = (trx: Knex, rid: number) => service.load(complaintsDef(), rid, trx);
    const ctx = await contextOf(db, 'cs_specialist');
    // paused Friday 16:00, resumed Monday 10:00 China time: 2 + 1 working hours
    await setPaused(db, load, id, true, { note: '等待客户提供维修单据' }, ctx, new Date('2025-03-07T08:00:00.000Z'));
    expect((await stored(id)).paused_at).toBeTruthy();
    await setPaused(db, load, id, false, {}, ctx, new Date('2025-03-10T02:00:00.000Z'));
    const after = await stored(id);
    expect(after.paused_at).toBeNull();
    expect(Number(after.paused_ms)).toBe(3 * 3_600_000);
    // due Tuesday 10:00 (Thursday 10:00 + 24 working hours) + 3 working hours = Tuesday 14:00 (lunch skipped)
    expect(iso(before.first_response_due_at)).toBe('2025-03-11T02:00:00.000Z');
    expect(iso(after.first_response_due_at)).toBe('2025-03-11T06:00:00.000Z');
    expect((await stepsOf(id)).map((s) => s.action)).toEqual(['create', 'pause', 'resume']);
  });

  it('when pausing twice, resuming a running clock or pausing without a note, then 400 with the reason', async () => {
    const id = (await receive()).id as number;
    expect((await w.specialist.post(`/api/complaints/${id}/pause`).send({}).expect(400)).body.errors.note).toBeTruthy();
    expect((await w.specialist.post(`/api/complaints/${id}/resume`).send({}).expect(400)).body.errors.paused_at).toMatch(/not paused/);
    const paused = (await w.specialist.post(`/api/complaints/${id}/pause`).send({ note: '等待客户回电' }).expect(200)).body;
    expect(paused.paused_at).toBeTruthy();
    expect((await w.specialist.post(`/api/complaints/${id}/pause`).send({ note: '再次' }).expect(400)).body.errors.paused_at).toMatch(/already/);
    expect((await w.specialist.get(`/api/complaints/${id}/sla`).expect(200)).body.state).toBe('paused');
    // moving the complaint on restarts the clock
    await step(id, { to: 'confirmed' }, w.manager).expect(200);
    expect((await stored(id)).paused_at).toBeNull();
  });

  it('when deadlines have passed, then the sweep escalates each breached complaint once to a CS manager', async () => {
    await w.specialist.post('/api/complaints/escalate').send({}).expect(403);
    const late = (await receive({ received_at: '2025-01-02T02:00:00.000Z' })).id as number;
    const fresh = (await receive({ received_at: new Date().toISOString() })).id as number;
    await w.manager.get('/api/complaints/sla-clock').expect(200);
    const breached = (await w.specialist.get('/api/complaints').query({ filter: JSON.stringify({ sla: 'breached' }) }).expect(200)).body as Row[];
    expect(breached.map((r) => r.id)).toContain(late);
    expect(breached.map((r) => r.id)).not.toContain(fresh);
    await w.specialist.get('/api/complaints').query({ filter: JSON.stringify({ sla: 'soon' }) }).expect(400);

    const first = await escalateBreached(db, new Date());
    expect(first.ids).toContain(late);
    expect(first.ids).not.toContain(fresh);
    expect(first.manager_id).toBe(managerId);
    const again = await escalateBreached(db, new Date());
    expect(again.ids).not.toContain(late);
    const row = await stored(late);
    expect(row.escalated_to_id).toBe(managerId);
    expect(await countOf(db, 'complaint_steps', { complaint_id: late, action: 'escalate' })).toBe(1);
    expect((await w.specialist.get(`/api/complaints/${late}/sla`).expect(200)).body).toMatchObject({ state: 'breached', clock: 'first_response' });
    expect((await w.manager.post('/api/complaints/escalate').send({}).expect(200)).body.ids).not.toContain(late);
  });
});
