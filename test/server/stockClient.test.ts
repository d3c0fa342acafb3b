import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider, type RaRecord } from 'ra-core';
import { createApp } from '../../server/app.js';
import { resources } from '../../server/resources/index.js';
import type { ResourceDef } from '../../server/resources/types.js';
import { freshDb, type TestDb } from '../testDb.js';
import { sampleValues } from './samples.js';
import { tokenOf } from './actors.js';

/** The stock ra-data-simple-rest client, unchanged, pointed at /api, works for every resource. */
describe('the stock ra-data-simple-rest client', () => {
  let t: TestDb;
  let server: Server;
  let client: DataProvider;

  beforeAll(async () => {
    t = await freshDb();
    server = createApp(t.db).listen(0);
    const { port } = server.address() as AddressInfo;
    // the stock client with react-admin's own way to send a bearer token: `user.token` in fetchJson's options
    const token = await tokenOf(t.db);
    client = simpleRestProvider(`http://127.0.0.1:${port}/api`, (url: string, options: fetchUtils.Options = {}) =>
      fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${token}` } }));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.drop();
  });

  // the full round trip where the API offers it; loyalty records keep their history (no delete, adjustments
  // no update) and the ledger and tier history are written by the server alone (no create)
  const full = (r: ResourceDef) => r.access.create.length && r.access.update.length && r.access.delete.length;
  const writable = Object.values(resources).filter(full).map((r) => r.name);
  const partial = Object.values(resources).filter((r) => r.access.create.length && !full(r)).map((r) => r.name);

  it('when the resources are sorted into full and partial round trips, then the partial ones are exactly the loyalty records', () => {
    expect(partial.sort()).toEqual(['point_adjustments', 'redemptions']);
  });

  it.each(partial)('when it works on %s, then create, read and list round-trip, and a refused update or delete is a 403 HttpError', async (name) => {
    const def = resources[name];
    const values = await sampleValues(t.db, def);
    const { data: created } = await client.create(name, { data: values });
    for (const [k, v] of Object.entries(values)) expect(created[k], `${name}.${k}`).toEqual(v);
    expect((await client.getOne(name, { id: created.id })).data).toEqual(created);
    const list = await client.getList(name, { pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'DESC' }, filter: {} });
    expect(list.data[0].id).toBe(created.id);
    if (def.access.update.length) {
      const { data: updated } = await client.update(name, { id: created.id, data: { ...created, note: '已更新' }, previousData: created });
      expect(updated).toMatchObject({ note: '已更新', version: created.version + 1 });
    } else {
      await expect(client.update(name, { id: created.id, data: { ...created }, previousData: created })).rejects.toMatchObject({ status: 403 });
    }
    await expect(client.delete(name, { id: created.id, previousData: created })).rejects.toMatchObject({ status: 403 });
    expect((await client.getOne(name, { id: created.id })).data.id).toBe(created.id);
  });

  it.each(writable)('when it works on %s, then create, read, list, update and delete all round-trip', async (name) => {
    const def = resources[name];
    const values = await sampleValues(t.db, def);
    const { data: created } = await client.create(name, { data: values });
    expect(created.id).toEqual(expect.any(Number));
    for (const [k, v] of Object.entries(values)) expect(created[k], `${name}.${k}`).toEqual(v);

    const { data: one } = await client.getOne(name, { id: created.id });
    expect(one).toEqual(created);

    const list = await client.getList(name, {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'id', order: 'DESC' },
      filter: {},
    });
    expect(list.data[0].id).toBe(created.id);
    expect(list.total).toBeGreaterThanOrEqual(1);

    const { data: many } = await client.getMany(name, { ids: [created.id] });
    expect(many.map((r: RaRecord) => r.id)).toEqual([created.id]);

    const reference = Object.entries(def.fields).find(([, f]) => f.type === 'reference' && f.required)?.[0];
    if (reference) {
      const refs = await client.getManyReference(name, {
        target: reference,
        id: created[reference],
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });
      expect(refs.data.map((r: RaRecord) => r.id)).toContain(created.id);
    }

    const { data: updated } = await client.update(name, { id: created.id, data: { ...created }, previousData: created });
    expect(updated.version).toBe(created.version + 1);

    const { data: deleted } = await client.delete(name, { id: created.id, previousData: updated });
    expect(deleted.id).toBe(created.id);
    await expect(client.getOne(name, { id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it('when it sends updateMany and deleteMany as one request per row, then every row is changed', async () => {
    const rows = [];
    for (const n of ['陈一', '陈二', '陈三']) rows.push((await client.create('customers', { data: { name: n } })).data);
    const ids = rows.map((r) => r.id);
    const { data: updatedIds } = await client.updateMany('customers', { ids, data: { lifecycle_stage: 'mature' } });
    expect([...(updatedIds ?? [])].sort()).toEqual([...ids].sort());
    const { data: after } = await client.getMany('customers', { ids });
    expect(after.every((r: RaRecord) => r.lifecycle_stage === 'mature')).toBe(true);
    await client.deleteMany('customers', { ids });
    const { total } = await client.getList('customers', { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: { id: ids } });
    expect(total).toBe(0);
  });
});
