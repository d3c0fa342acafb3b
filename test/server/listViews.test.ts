import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import type { Row } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';
import type { Api } from './matrix.js';

/** Saved list views (issue 9, part 3): who reads and writes which, one default per list and role, checked configs. */
describe('list views', () => {
  let t: TestDb;
  let app: Express;
  let admin: Api;
  let manager: Api;
  let manager2: Api;
  let specialist: Api;
  let specialist2: Api;
  let sales: Api;
  let serial = 0;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    admin = await agentOf(app, t.db, 'admin');
    manager = await agentOf(app, t.db, 'cs_manager');
    manager2 = await agentOf(app, t.db, 'cs_manager', 'test.manager2');
    specialist = await agentOf(app, t.db, 'cs_specialist');
    specialist2 = await agentOf(app, t.db, 'cs_specialist', 'test.specialist2');
    sales = await agentOf(app, t.db, 'sales_consultant');
  });
  afterAll(async () => t.drop());

  const config = (over: Row = {}): Row => ({
    columns: [{ source: 'name', width: 180 }, { source: 'tier_id' }, { source: 'phone', hidden: true }],
    density: 'compact',
    filter: { customer_type: 'owner' },
    sort: { field: 'last_visit_date', order: 'DESC' },
    per_page: 25,
    ...over,
  });
  const view = (over: Row = {}): Row => {
    serial += 1;
    return { resource: 'customers', name: `视图${serial}`, config: config(), ...over };
  };
  const create = async (api: Api, over: Row = {}): Promise<Row> => (await api.post('/api/list_views').send(view(over)).expect(201)).body;
  const names = async (api: Api, filter: Row = { resource: 'customers' }): Promise<string[]> =>
    (await api.get('/api/list_views').query({ filter: JSON.stringify(filter), range: '[0,999]' }).expect(200)).body.map((r: Row) => r.name);
  const stored = async (id: unknown): Promise<Row | undefined> => t.db('list_views').where({ id: Number(id) }).first();
  const count = async (): Promise<number> => Number((await t.db('list_views').count({ n: '*' }).first())?.n);

  it('when anyone saves a view, then it is private and theirs, whatever owner the body names', async () => {
    const other = await userOf(t.db, 'cs_specialist', 'test.specialist2');
    const me = await userOf(t.db, 'sales_consultant');
    const saved = await create(sales, { owner_id: other.id, resource: 'follow_ups', config: config({ columns: [{ source: 'due_date' }], filter: {}, sort: null }) });
    expect(saved).toMatchObject({ owner_id: me.id, shared_role: null, default_for_role: false, resource: 'follow_ups' });
    expect(saved.config).toMatchObject({ columns: [{ source: 'due_date' }], density: 'compact', per_page: 25 });
  });

  it('when views are listed, then each user reads their own and those shared with their role; a manager every shared one; an admin all', async () => {
    const mine = await create(specialist, { name: 'S私有' });
    const theirs = await create(specialist2, { name: 'S2私有' });
    const forSpecialists = await create(manager, { name: '专员共享', shared_role: 'cs_specialist' });
    const forSales = await create(manager, { name: '顾问共享', shared_role: 'sales_consultant' });
    const managerPrivate = await create(manager, { name: '经理私有' });

    const seen = await names(specialist);
    expect(seen).toEqual(expect.arrayContaining([mine.name, forSpecialists.name]));
    expect(seen).not.toEqual(expect.arrayContaining([theirs.name]));
    expect(seen).not.toContain(forSales.name);
    expect(seen).not.toContain(managerPrivate.name);

    const bySales = await names(sales);
    expect(bySales).toContain(forSales.name);
    expect(bySales).not.toContain(forSpecialists.name);

    const byManager2 = await names(manager2);
    expect(byManager2).toEqual(expect.arrayContaining([forSpecialists.name, forSales.name]));
    expect(byManager2).not.toContain(managerPrivate.name);
    expect(byManager2).not.toContain(mine.name);

    expect(await names(admin)).toEqual(expect.arrayContaining([mine.name, theirs.name, forSales.name, managerPrivate.name]));

    await specialist.get(`/api/list_views/${forSpecialists.id}`).expect(200);
    await specialist.get(`/api/list_views/${theirs.id}`).expect(403);
    await sales.get(`/api/list_views/${forSpecialists.id}`).expect(403);
    // the filter of a list is narrowed too: naming another's view by id finds nothing
    expect(await names(specialist, { id: [theirs.id, managerPrivate.id] })).toEqual([]);
  });

  it('when someone other than the owner changes or deletes a view, then only an admin may; nothing changes otherwise', async () => {
    const shared = await create(manager, { name: '主管视图', shared_role: 'cs_specialist' });
    const r1 = await specialist.put(`/api/list_views/${shared.id}`).send({ name: '被改' }).expect(403);
    expect(r1.body.errors).toHaveProperty('owner_id');
    await manager2.put(`/api/list_views/${shared.id}`).send({ name: '被改' }).expect(403);
    await specialist.delete(`/api/list_views/${shared.id}`).expect(403);
    await manager2.delete(`/api/list_views/${shared.id}`).expect(403);
    expect((await stored(shared.id))?.name).toBe('主管视图');

    const mine = await create(specialist);
    await specialist2.delete(`/api/list_views/${mine.id}`).expect(403);
    expect(await stored(mine.id)).toBeDefined();

    const renamed = await admin.put(`/api/list_views/${shared.id}`).send({ name: '管理员改名' }).expect(200);
    expect(renamed.body).toMatchObject({ name: '管理员改名', shared_role: 'cs_specialist' });
    await manager.put(`/api/list_views/${shared.id}`).send({ config: config({ density: 'comfortable' }) }).expect(200);
    expect((await manager.get(`/api/list_views/${shared.id}`).expect(200)).body.config.density).toBe('comfortable');
    await specialist.delete(`/api/list_views/${mine.id}`).expect(200);
    expect(await stored(mine.id)).toBeUndefined();
  });

  it('when a specialist or a consultant shares a view or makes it a default, then 403 beside the field and nothing is written', async () => {
    const before = await count();
    const r1 = await specialist.post('/api/list_views').send(view({ shared_role: 'cs_specialist' })).expect(403);
    expect(r1.body.errors).toHaveProperty('shared_role');
    await sales.post('/api/list_views').send(view({ shared_role: 'sales_consultant', default_for_role: true })).expect(403);
    expect(await count()).toBe(before);

    const mine = await create(specialist);
    const r2 = await specialist.put(`/api/list_views/${mine.id}`).send({ shared_role: 'cs_specialist' }).expect(403);
    expect(r2.body.errors).toHaveProperty('shared_role');
    expect((await stored(mine.id))?.shared_role).toBeNull();

    // the owner may still change what is theirs to change
    await specialist.put(`/api/list_views/${mine.id}`).send({ name: `${String(mine.name)}改` }).expect(200);
  });

  it('when a manager makes a view the default for a role, then the previous default of that list and role is cleared in the same write', async () => {
    const a = await create(manager, { name: '默认A', shared_role: 'cs_specialist', default_for_role: true });
    const other = await create(manager, { name: '顾问默认', shared_role: 'sales_consultant', default_for_role: true });
    const elsewhere = await create(manager, { name: '回访默认', resource: 'follow_ups', shared_role: 'cs_specialist', default_for_role: true, config: config({ columns: [], filter: {}, sort: null }) });
    const b = await create(manager2, { name: '默认B', shared_role: 'cs_specialist', default_for_role: true });
    expect((await stored(a.id))?.default_for_role).toBeFalsy();
    expect(Number((await stored(a.id))?.version)).toBe(2);
    expect((await stored(b.id))?.default_for_role).toBeTruthy();
    expect((await stored(other.id))?.default_for_role).toBeTruthy();
    expect((await stored(elsewhere.id))?.default_for_role).toBeTruthy();

    // a refused write (a bad config) leaves the old default in place
    const c = await create(manager, { name: '默认C', shared_role: 'cs_specialist' });
    await manager.put(`/api/list_views/${c.id}`).send({ default_for_role: true, config: config({ columns: [{ source: 'no_such' }] }) }).expect(400);
    expect((await stored(b.id))?.default_for_role).toBeTruthy();
    // ...and so does one the actor may not make (the mark is taken off inside the refused transaction)
    const d = await create(specialist, { name: '专员的' });
    await t.db('list_views').where({ id: d.id }).update({ shared_role: 'cs_specialist' });
    await specialist.put(`/api/list_views/${d.id}`).send({ default_for_role: true }).expect(403);
    expect((await stored(b.id))?.default_for_role).toBeTruthy();

    await manager.put(`/api/list_views/${c.id}`).send({ default_for_role: true }).expect(200);
    expect((await stored(b.id))?.default_for_role).toBeFalsy();
    const defaults = await t.db('list_views').where({ resource: 'customers', shared_role: 'cs_specialist', default_for_role: true }).select('id');
    expect(defaults.map((r) => Number(r.id))).toEqual([Number(c.id)]);

    const r = await manager.post('/api/list_views').send(view({ default_for_role: true })).expect(400);
    expect(r.body.errors).toHaveProperty('default_for_role');
  });

  it('when a config names what the list does not have, then 400 names the place and the reason, in Chinese when asked, and nothing is saved', async () => {
    const before = await count();
    const refused = async (over: Row, key: string) => {
      const r = await specialist.post('/api/list_views').send(view(over)).expect(400);
      expect(Object.keys(r.body.errors)).toContain(key);
      return r.body;
    };
    await refused({ config: config({ columns: [{ source: 'name' }, { source: 'nope' }] }) }, 'config.columns.1.source');
    await refused({ config: config({ columns: [{ source: 'name' }, { source: 'name' }] }) }, 'config.columns.1.source');
    await refused({ resource: 'users', config: config({ columns: [{ source: 'password' }], filter: {}, sort: null }) }, 'config.columns.0.source');
    await refused({ config: config({ columns: [{ source: 'name', width: 5000 }] }) }, 'config.columns.0.width');
    await refused({ config: config({ sort: { field: 'gender', order: 'ASC' } }) }, 'config.sort');
    await refused({ config: config({ filter: { nonsense: 1 } }) }, 'config.filter.nonsense');
    await refused({ config: config({ filter: { customer_type: 'martian' } }) }, 'config.filter.customer_type');
    await refused({ config: config({ density: 'airy' }) }, 'config.density');
    await refused({ config: config({ per_page: 7 }) }, 'config.per_page');
    await refused({ config: { ...config(), extra: true } }, 'config.extra');
    await refused({ resource: 'no_such_list' }, 'resource');
    await refused({ resource: 'list_views' }, 'resource');
    expect(await count()).toBe(before);

    const zh = await specialist.post('/api/list_views').set('Accept-Language', 'zh-CN').send(view({ config: config({ columns: [{ source: 'nope' }] }) })).expect(400);
    expect(zh.body.errors['config.columns.0.source']).toBe('不是可用于此处的字段');

    // what the list itself reads is fine: search text, a virtual filter, an operator suffix
    await create(specialist, { config: config({ filter: { q: '王', last_visit_date_gte: '2026-01-01', customer_type: ['owner', 'fleet'] } }) });
  });

  it('when a saved view is changed later, then its config is checked again, against the list it is for', async () => {
    const mine = await create(specialist);
    await specialist.put(`/api/list_views/${mine.id}`).send({ config: config({ sort: { field: 'nope', order: 'ASC' } }) }).expect(400);
    await specialist.put(`/api/list_views/${mine.id}`).send({ resource: 'vehicles' }).expect(400);
    expect((await stored(mine.id))?.resource).toBe('customers');
    await specialist.put(`/api/list_views/${mine.id}`).send({ name: '只改名' }).expect(200);
  });

  it('when a user names two views of one list alike, then 400 on the name; another user or another list may use it', async () => {
    await create(specialist, { name: '同名' });
    const r = await specialist.post('/api/list_views').send(view({ name: '同名' })).expect(400);
    expect(r.body.errors).toHaveProperty('name');
    await create(specialist2, { name: '同名' });
    await create(specialist, { name: '同名', resource: 'vehicles', config: config({ columns: [], filter: {}, sort: null }) });
  });
});
