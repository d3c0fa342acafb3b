import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { clearProfile, setProfile, type Profile } from './auth/session';
import { createDataProvider, createHttpClient } from './dataProvider';

const profile: Profile = {
  user: { id: 4, username: 'li.na', name: '李娜', role: 'cs_specialist', department: 'customer_relations' },
  csrfToken: 'csrf-123',
  access: { customers: ['read', 'create', 'update', 'delete'] },
  rights: ['export'],
  scope: 'all',
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearProfile();
});

describe('dataProvider', () => {
  it('when the user works in English, then requests ask for English reasons', async () => {
    const fetch = answer(200, { id: 1 });
    vi.stubGlobal('fetch', fetch);
    await createHttpClient(() => 'en')('/api/customers/1');
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('Accept-Language')).toBe('en');
  });

  it('when the user works in Chinese, then list requests ask for zh-CN and keep the Range header', async () => {
    const fetch = answer(200, [], { 'Content-Range': 'customers */0' });
    vi.stubGlobal('fetch', fetch);
    await createDataProvider(() => 'zh').getList('customers', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: { q: '张' } });
    const headers = new Headers(fetch.mock.calls[0][1]?.headers);
    expect(headers.get('Accept-Language')).toBe('zh-CN');
    expect(headers.get('Range')).toBe('customers=0-24');
    expect(decodeURIComponent(fetch.mock.calls[0][0])).toContain('filter={"q":"张"}');
  });

  it('when the server refuses a field, then the error carries its message and the field reasons', async () => {
    vi.stubGlobal('fetch', answer(400, { message: '部分内容不正确', errors: { phone: '必须是电话号码' } }));
    const update = createDataProvider(() => 'zh').update('customers', { id: 1, data: { phone: 'x', version: 3 }, previousData: { id: 1 } });
    await expect(update).rejects.toBeInstanceOf(HttpError);
    await expect(update).rejects.toMatchObject({ status: 400, message: '部分内容不正确', body: { errors: { phone: '必须是电话号码' } } });
  });

  it('when a record was changed meanwhile, then the 409 message reaches the user', async () => {
    vi.stubGlobal('fetch', answer(409, { message: '该记录在您打开后已被他人修改，请刷新后查看', errors: {} }));
    const update = createDataProvider(() => 'zh').update('customers', { id: 1, data: { version: 1 }, previousData: { id: 1 } });
    await expect(update).rejects.toMatchObject({ status: 409, message: '该记录在您打开后已被他人修改，请刷新后查看' });
  });

  it('when a signed-in user saves, then the write carries the CSRF token and the session cookie', async () => {
    setProfile(profile);
    const fetch = answer(200, { id: 1, version: 4 });
    vi.stubGlobal('fetch', fetch);
    await createDataProvider(() => 'zh').update('customers', { id: 1, data: { company: 'x', version: 3 }, previousData: { id: 1 } });
    const [, init] = fetch.mock.calls[0];
    expect(init?.method).toBe('PUT');
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBe('csrf-123');
    expect(init?.credentials).toBe('same-origin');
  });

  it('when a signed-in user only reads, then no CSRF token is sent', async () => {
    setProfile(profile);
    const fetch = answer(200, { id: 1 });
    vi.stubGlobal('fetch', fetch);
    await createDataProvider(() => 'zh').getOne('customers', { id: 1 });
    expect(new Headers(fetch.mock.calls[0][1]?.headers).has('X-CSRF-Token')).toBe(false);
    expect(fetch.mock.calls[0][1]?.credentials).toBe('same-origin');
  });

  it('when a user creates an API token, then the account call posts to /api/auth/tokens with the CSRF token', async () => {
    setProfile(profile);
    const fetch = answer(201, { id: 3, name: 'nightly', prefix: 'crm_abcdefgh', token: 'crm_secret', created_at: '', last_used_at: null, expires_on: null });
    vi.stubGlobal('fetch', fetch);
    const created = await createDataProvider(() => 'en').createToken({ name: 'nightly', expires_on: null });
    expect(created.token).toBe('crm_secret');
    expect(fetch.mock.calls[0][0]).toBe('/api/auth/tokens');
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ name: 'nightly', expires_on: null });
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('when the current password is wrong, then changePassword rejects with the field reason', async () => {
    setProfile(profile);
    vi.stubGlobal('fetch', answer(400, { message: 'Some values are not valid', errors: { current_password: 'is not correct' } }));
    const change = createDataProvider(() => 'en').changePassword({ current_password: 'x', new_password: 'long-enough' });
    await expect(change).rejects.toMatchObject({ status: 400, body: { errors: { current_password: 'is not correct' } } });
  });

  it('when ticked rows are updated, then updateMany sends one PATCH with the ids and values and the CSRF token', async () => {
    setProfile(profile);
    const fetch = answer(200, { batchId: 'b-1', count: 2, ids: [3, 5] });
    vi.stubGlobal('fetch', fetch);
    const { data } = await createDataProvider(() => 'zh').updateMany('customers', { ids: [3, 5], data: { lifecycle_stage: 'mature' } });
    expect(data).toEqual([3, 5]);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect([url, init?.method]).toEqual(['/api/customers', 'PATCH']);
    expect(JSON.parse(String(init?.body))).toEqual({ ids: [3, 5], data: { lifecycle_stage: 'mature' } });
    expect(new Headers(init?.headers).get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('when ticked rows are deleted, then deleteMany sends one DELETE with the ids', async () => {
    setProfile(profile);
    const fetch = answer(200, { batchId: 'b-2', count: 2, ids: [3, 5] });
    vi.stubGlobal('fetch', fetch);
    const { data } = await createDataProvider(() => 'zh').deleteMany('customers', { ids: [3, 5] });
    expect(data).toEqual([3, 5]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect([fetch.mock.calls[0][0], fetch.mock.calls[0][1]?.method]).toEqual(['/api/customers', 'DELETE']);
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ ids: [3, 5] });
  });

  it('when every match of a filter gets a tag and the change is undone, then the server answers come back as they are', async () => {
    setProfile(profile);
    const fetch = answer(200, { batchId: 'b-3', count: 120, ids: [1, 2] });
    vi.stubGlobal('fetch', fetch);
    const provider = createDataProvider(() => 'en');
    const done = await provider.bulkUpdate('customers', { filter: { region: 'chaoyang', q: '张' }, data: {}, add: { tags: ['VIP'] } });
    expect(done).toEqual({ batchId: 'b-3', count: 120, ids: [1, 2] });
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ filter: { region: 'chaoyang', q: '张' }, data: {}, add: { tags: ['VIP'] } });

    vi.stubGlobal('fetch', answer(200, { batchId: 'b-4', count: 120 }));
    expect(await provider.undoBulk('customers', 'b-3')).toEqual({ batchId: 'b-4', count: 120 });
    const undo = vi.mocked(globalThis.fetch).mock.calls[0];
    expect([undo[0], undo[1]?.method, undo[1]?.body]).toEqual(['/api/customers/bulk/undo', 'POST', JSON.stringify({ batchId: 'b-3' })]);
  });

  it('when a bulk delete is refused, then the 409 message and the row reach the caller', async () => {
    vi.stubGlobal('fetch', answer(409, { message: 'This record is still used by other records', errors: { vehicles: 'record 7 is still used by vehicles' }, row: 7 }));
    const refused = createDataProvider(() => 'en').bulkDelete('customers', { ids: [7] });
    await expect(refused).rejects.toMatchObject({ status: 409, body: { row: 7 } });
  });
});
