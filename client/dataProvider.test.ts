import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { createDataProvider, createHttpClient } from './dataProvider';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }));
}

afterEach(() => vi.unstubAllGlobals());

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
});
