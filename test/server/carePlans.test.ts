import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentOf, userOf } from './actors.js';
import { countOf, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Care plans (客户维护方案): drafted, reviewed by someone other than the person responsible, approved by a CS
 * manager, carried out and evaluated; what was approved stays as approved; the sign-offs are stamped by the server.
 */
describe('care plans', () => {
  let w: World;
  let specialistId: number;
  let other: Awaited<ReturnType<typeof agentOf>>;
  let customerId: number;
  beforeAll(async () => {
    w = await loyaltyWorld();
    specialistId = (await userOf(w.t.db, 'cs_specialist')).id;
    other = await agentOf(w.app, w.t.db, 'cs_specialist', 'test.second.specialist');
    customerId = await member(w);
  });
  afterAll(async () => w.t.drop());

  const draft = async (extra: Record<string, unknown> = {}) =>
    (await w.specialist.post('/api/care_plans').send({ title: 'VIP维护', customer_id: customerId, responsible_id: specialistId, budget: 5000, measures: '每月问候', ...extra }).expect(201)).body;
  const row = async (id: number) => w.t.db('care_plans').where({ id }).first();

  it('when a plan goes through its flow, then each step is taken by the right person and stamped', async () => {
    const plan = await draft();
    expect(plan.status).toBe('draft');
    // the person responsible may not review their own plan
    const own = await w.specialist.put(`/api/care_plans/${plan.id}`).send({ status: 'reviewed' }).expect(400);
    expect(Object.keys(own.body.errors)).toEqual(['status']);
    await other.put(`/api/care_plans/${plan.id}`).send({ status: 'reviewed' }).expect(200);
    expect((await row(plan.id)).reviewed_by_id).not.toBeNull();
    // approving takes a manager
    await other.put(`/api/care_plans/${plan.id}`).send({ status: 'approved' }).expect(403);
    await w.manager.put(`/api/care_plans/${plan.id}`).send({ status: 'approved' }).expect(200);
    const approved = await row(plan.id);
    expect(approved.approved_by_id).not.toBeNull();
    expect(approved.approved_at).not.toBeNull();
    // what was approved stays so
    const frozen = await w.specialist.put(`/api/care_plans/${plan.id}`).send({ budget: 9000 }).expect(400);
    expect(Object.keys(frozen.body.errors)).toEqual(['budget']);
    await w.specialist.put(`/api/care_plans/${plan.id}`).send({ status: 'in_progress' }).expect(200);
    // evaluating takes the evaluation
    const bare = await w.specialist.put(`/api/care_plans/${plan.id}`).send({ status: 'evaluated' }).expect(400);
    expect(Object.keys(bare.body.errors)).toEqual(['evaluation']);
    await w.specialist.put(`/api/care_plans/${plan.id}`).send({ status: 'evaluated', evaluation: '客户满意，续保成功' }).expect(200);
    expect((await row(plan.id)).status).toBe('evaluated');
  });

  it('when a step is skipped or a plan starts past draft, then 400 on status and nothing changes', async () => {
    const plan = await draft();
    const skipped = await w.manager.put(`/api/care_plans/${plan.id}`).send({ status: 'approved' }).expect(400);
    expect(skipped.body.errors.status.message ?? skipped.body.errors.status).toBeTruthy();
    expect((await row(plan.id)).status).toBe('draft');
    const before = await countOf(w.t.db, 'care_plans');
    await w.manager.post('/api/care_plans').send({ title: 'x', customer_id: customerId, status: 'approved' }).expect(400);
    expect(await countOf(w.t.db, 'care_plans')).toBe(before);
  });

  it('when a manager sends an approved plan back, then its sign-offs are cleared and it may change again', async () => {
    const plan = await draft();
    await other.put(`/api/care_plans/${plan.id}`).send({ status: 'reviewed' }).expect(200);
    await w.manager.put(`/api/care_plans/${plan.id}`).send({ status: 'approved' }).expect(200);
    await other.put(`/api/care_plans/${plan.id}`).send({ status: 'draft' }).expect(403);
    await w.manager.put(`/api/care_plans/${plan.id}`).send({ status: 'draft' }).expect(200);
    const back = await row(plan.id);
    expect([back.reviewed_by_id, back.approved_by_id, back.approved_at]).toEqual([null, null, null]);
    await w.specialist.put(`/api/care_plans/${plan.id}`).send({ budget: 9000 }).expect(200);
  });

  it('when a plan names neither a customer nor a segment, then 400 on customer_id', async () => {
    const res = await w.specialist.post('/api/care_plans').send({ title: '无对象' }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['customer_id']);
  });
});
