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
});
