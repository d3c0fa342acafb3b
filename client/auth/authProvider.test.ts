import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { createAuthProvider } from './authProvider';
import { clearProfile, csrfToken, currentProfile, forgetSessionEnded, sessionWasEnded, setProfile, type Profile } from './session';

const sales: Profile = {
  user: { id: 8, username: 'yang.fan', name: '杨帆', role: 'sales_consultant', department: 'sales' },
  csrfToken: 'csrf-sales',
  access: {
    customers: ['read', 'create', 'update'],
    tiers: ['read'],
    users: ['read'],
    audit_log: ['read'],
  },
  rights: ['export'],
  scope: 'own_customers',
};

const manager: Profile = {
  user: { id: 2, username: 'wang.fang', name: '王芳', role: 'cs_manager', department: 'customer_relations' },
  csrfToken: 'csrf-manager',
  access: {
    customers: ['read', 'create', 'update', 'delete'],
    tiers: ['read', 'create', 'update', 'delete'],
    users: ['read'],
    audit_log: ['read'],
  },
  rights: ['bulk_update', 'bulk_delete', 'audit', 'unmask_contact', 'unmask_identity', 'export', 'import', 'reports', 'approve'],
  scope: 'all',
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

type Answer = (url: string, init?: RequestInit) => Response;

function fakeFetch(answer: Answer) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => answer(url, init));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const provider = () => createAuthProvider(() => 'zh');
const ask = (action: string, resource: string, record?: Record<string, unknown>) =>
  provider().canAccess!({ action, resource, record, signal: undefined } as Parameters<NonNullable<ReturnType<typeof provider>['canAccess']>>[0]);

beforeEach(() => {
  clearProfile();
  forgetSessionEnded();
});
afterEach(() => vi.unstubAllGlobals());

describe('authProvider.canAccess', () => {
  it.each([
    ['list', 'customers', true],
    ['show', 'customers', true],
    ['export', 'customers', true],
    ['create', 'customers', true],
    ['clone', 'customers', true],
    ['edit', 'customers', true],
    ['delete', 'customers', false],
    ['list', 'tiers', true],
    ['create', 'tiers', false],
    ['edit', 'tiers', false],
    ['delete', 'tiers', false],
    ['list', 'segments', false],
    ['show', 'segments', false],
    ['fly', 'customers', false],
  ])('when a sales consultant asks to %s %s, then the answer is %s', async (action, resource, expected) => {
    setProfile(sales);
    expect(await ask(action, resource)).toBe(expected);
  });

  it('when a role without the audit right opens the menu, then the audit log list is closed but one entry may be shown', async () => {
    setProfile(sales);
    expect(await ask('list', 'audit_log')).toBe(false);
    expect(await ask('show', 'audit_log')).toBe(true);
    setProfile(manager);
    expect(await ask('list', 'audit_log')).toBe(true);
  });

  it('when a consultant who sees only their own customers asks for the staff list, then it is closed, though staff names stay readable', async () => {
    setProfile(sales);
    expect(await ask('list', 'users')).toBe(false);
    expect(await ask('show', 'users')).toBe(true);
    setProfile(manager);
    expect(await ask('list', 'users')).toBe(true);
  });

  it("when a sales consultant looks at another consultant's customer, then it may not be edited; their own may", async () => {
    setProfile(sales);
    expect(await ask('edit', 'customers', { id: 1, owner_id: 9 })).toBe(false);
    expect(await ask('edit', 'customers', { id: 2, owner_id: 8 })).toBe(true);
    expect(await ask('show', 'customers', { id: 1, owner_id: 9 })).toBe(true);
    setProfile(manager);
    expect(await ask('edit', 'customers', { id: 1, owner_id: 9 })).toBe(true);
    expect(await ask('delete', 'customers', { id: 1, owner_id: 9 })).toBe(true);
  });

  it('when the role lacks the export right, then export is closed even on a readable resource', async () => {
    setProfile({ ...sales, rights: [] });
    expect(await ask('export', 'customers')).toBe(false);
    expect(await ask('list', 'customers')).toBe(true);
  });

  it('when nobody is signed in, then nothing is open', async () => {
    fakeFetch(() => json(401, { message: '请先登录', errors: {} }));
    expect(await ask('list', 'customers')).toBe(false);
  });
});

describe('authProvider.checkError', () => {
  it('when the server answers 403, then the user stays signed in', async () => {
    setProfile(manager);
    await expect(provider().checkError(new HttpError('您没有执行此操作的权限', 403, { message: '您没有执行此操作的权限', errors: {} }))).resolves.toBeUndefined();
    expect(currentProfile()).toBe(manager);
  });

  it('when the server answers 401, then the user is signed out and the sign-in page will say the session ended', async () => {
    setProfile(manager);
    await expect(provider().checkError(new HttpError('请先登录', 401, {}))).rejects.toEqual({ message: false });
    expect(currentProfile()).toBeNull();
    expect(sessionWasEnded()).toBe(true);
  });

  it('when any other error comes back (a 409, a 500), then nobody is signed out', async () => {
    setProfile(manager);
    await expect(provider().checkError(new HttpError('conflict', 409, {}))).resolves.toBeUndefined();
    await expect(provider().checkError(new Error('network'))).resolves.toBeUndefined();
    expect(currentProfile()).toBe(manager);
  });
});

describe('authProvider sign-in and sign-out', () => {
  it('when the page opens, then the profile is asked once for every concurrent check', async () => {
    const fetch = fakeFetch(() => json(200, manager));
    const auth = provider();
    await Promise.all([auth.checkAuth({}), auth.getPermissions!({}), auth.canAccess!({ action: 'list', resource: 'customers' })]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe('/api/auth/me');
    expect(csrfToken()).toBe('csrf-manager');
  });

  it('when the server has just said nobody is signed in, then the checks right after do not ask again', async () => {
    const fetch = fakeFetch(() => json(401, { message: '请先登录', errors: {} }));
    const auth = provider();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(await auth.canAccess!({ action: 'list', resource: 'customers' })).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('when nobody is signed in, then checkAuth sends to the sign-in page without an error toast', async () => {
    fakeFetch(() => json(401, { message: '请先登录', errors: {} }));
    await expect(provider().checkAuth({})).rejects.toEqual({ message: false });
  });

  it('when the password is wrong, then login rejects with the server reasons and keeps nobody signed in', async () => {
    const fetch = fakeFetch(() => json(401, { message: '登录失败', errors: { password: '用户名或密码不正确' } }));
    const login = provider().login({ username: 'li.na', password: 'nope' });
    await expect(login).rejects.toMatchObject({ status: 401, body: { errors: { password: '用户名或密码不正确' } } });
    expect(currentProfile()).toBeNull();
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('Accept-Language')).toBe('zh-CN');
  });

  it('when sign-in succeeds, then the profile and its CSRF token are kept and getIdentity names the user and role', async () => {
    fakeFetch(() => json(200, sales));
    const auth = provider();
    await auth.login({ username: 'yang.fan', password: 'sales-demo' });
    expect(csrfToken()).toBe('csrf-sales');
    expect(await auth.getIdentity!()).toMatchObject({ id: 8, fullName: '杨帆', role: 'sales_consultant' });
  });

  it('when the user signs out, then the server is told with the CSRF token and the profile is forgotten', async () => {
    setProfile(manager);
    const fetch = fakeFetch(() => json(200, { ok: true }));
    await provider().logout({});
    expect(fetch.mock.calls[0][0]).toBe('/api/auth/logout');
    expect(fetch.mock.calls[0][1]?.method).toBe('POST');
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('X-CSRF-Token')).toBe('csrf-manager');
    expect(currentProfile()).toBeNull();
  });

  it('when react-admin signs out someone already signed out, then no request is made', async () => {
    const fetch = fakeFetch(() => json(200, { ok: true }));
    await provider().logout({});
    expect(fetch).not.toHaveBeenCalled();
  });
});
