import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { ensureAdmin } from '../../server/auth/bootstrap.js';
import { verifyPassword } from '../../server/auth/password.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';

const PASSWORD = 'correct-horse';

/** Signs in through the API; answers the agent (holding the cookie) and the CSRF token. */
async function signIn(app: Express, username: string, password = PASSWORD) {
  const agent = request.agent(app);
  const res = await agent.post('/api/auth/login').send({ username, password }).expect(200);
  return { agent, csrf: res.body.csrfToken as string, res };
}

describe('signing in', () => {
  let t: TestDb;
  let app: Express;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent', LOGIN_MAX_FAILURES: '3' }) });
    for (const role of ['admin', 'cs_manager', 'cs_specialist', 'sales_consultant'] as const) {
      await userOf(t.db, role, `u.${role}`, PASSWORD);
    }
  });
  afterAll(async () => t.drop());

  it('when nobody is signed in, then every resource answers 401 and /me too', async () => {
    await request(app).get('/api/customers').expect(401);
    await request(app).post('/api/customers').send({ name: 'x' }).expect(401);
    await request(app).get('/api/auth/me').expect(401);
    expect(Number((await t.db('customers').count({ n: '*' }).first())?.n)).toBe(0);
  });

  it('when the password is right, then an HttpOnly SameSite=Lax cookie opens a session that /me describes', async () => {
    const { agent, res } = await signIn(app, 'u.cs_specialist');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/crm_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.body.user).toMatchObject({ username: 'u.cs_specialist', role: 'cs_specialist' });
    expect(res.body.access.customers).toEqual(['read', 'create', 'update', 'delete']);
    expect(res.body.access.tiers).toEqual(['read']);
    expect(res.body.rights).not.toContain('bulk_delete');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user.username).toBe('u.cs_specialist');
    await agent.get('/api/customers').expect(200);
    // the database keeps only a hash of the cookie's secret
    const secret = /crm_session=([\w-]+)/.exec(cookie)?.[1];
    expect(await t.db('sessions').where({ id: secret }).first()).toBeUndefined();
  });

  it('when the password is wrong or the user unknown, then both get the same 401 and no cookie', async () => {
    const wrong = await request(app).post('/api/auth/login').send({ username: 'u.admin', password: 'nope-nope' }).expect(401);
    const unknown = await request(app).post('/api/auth/login').send({ username: 'nobody', password: 'nope-nope' }).expect(401);
    expect(wrong.body.errors).toEqual(unknown.body.errors);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    await request(app).post('/api/auth/login').send({ username: 'u.admin' }).expect(400);
  });

  it('when a user name fails too often, then it is locked with 429 even for the right password, and others are not', async () => {
    for (let i = 0; i < 3; i++) {
      await request(app).post('/api/auth/login').send({ username: 'u.cs_manager', password: `bad-${i}-bad` }).expect(401);
    }
    const locked = await request(app).post('/api/auth/login').set('Accept-Language', 'zh-CN')
      .send({ username: 'U.CS_MANAGER', password: PASSWORD }).expect(429);
    expect(locked.headers['retry-after']).toMatch(/^\d+$/);
    expect(locked.body.errors.username).toMatch(/分钟后再试/);
    await signIn(app, 'u.sales_consultant');
    // the lock lifts when the failures leave the window
    await t.db('login_attempts').update({ created_at: new Date(Date.now() - 60 * 60_000).toISOString() });
    await signIn(app, 'u.cs_manager');
  });

  it('when one address fails for many user names, then that address is locked too', async () => {
    for (let i = 0; i < 12; i++) {
      await request(app).post('/api/auth/login').send({ username: `guess${i}`, password: 'password1' }).expect(401);
    }
    await request(app).post('/api/auth/login').send({ username: 'u.admin', password: PASSWORD }).expect(429);
    await t.db('login_attempts').delete();
  });

  it('when signing out, then the cookie is cleared and the old cookie no longer works', async () => {
    const { agent, csrf, res } = await signIn(app, 'u.admin');
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const out = await agent.post('/api/auth/logout').set('X-CSRF-Token', csrf).expect(200);
    expect(String(out.headers['set-cookie'])).toMatch(/crm_session=;.*Max-Age=0/i);
    await request(app).get('/api/customers').set('Cookie', cookie).expect(401);
  });

  it('when a session has expired or the cookie is forged, then the request is 401', async () => {
    const { res } = await signIn(app, 'u.admin');
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    await request(app).get('/api/customers').set('Cookie', cookie).expect(200);
    await t.db('sessions').update({ expires_at: new Date(Date.now() - 1000).toISOString() });
    await request(app).get('/api/customers').set('Cookie', cookie).expect(401);
    await request(app).get('/api/customers').set('Cookie', 'crm_session=forged-value-forged-value-forged-value-1234').expect(401);
    await request(app).get('/api/customers').set('Cookie', `crm_session=${'x'.repeat(5000)}`).expect(401);
  });

  it('when a cookie-signed write lacks the CSRF token or has a wrong one, then it is 403 and nothing is written', async () => {
    const { agent, csrf } = await signIn(app, 'u.admin');
    await agent.post('/api/customers').send({ name: '跨站' }).expect(403);
    await agent.post('/api/customers').set('X-CSRF-Token', 'wrong').send({ name: '跨站' }).expect(403);
    expect(await t.db('customers').where({ name: '跨站' }).first()).toBeUndefined();
    await agent.post('/api/customers').set('X-CSRF-Token', csrf).send({ name: '本站' }).expect(201);
  });

  it('when a user is deactivated, then their sessions and tokens stop working and they cannot sign in', async () => {
    const user = await userOf(t.db, 'cs_specialist', 'u.leaver', PASSWORD);
    const { agent } = await signIn(app, 'u.leaver');
    const byToken = await agentOf(app, t.db, 'cs_specialist', 'u.leaver');
    const admin = await agentOf(app, t.db, 'admin');
    await admin.put(`/api/users/${user.id}`).send({ active: false }).expect(200);
    await agent.get('/api/customers').expect(401);
    await byToken.get('/api/customers').expect(401);
    await request(app).post('/api/auth/login').send({ username: 'u.leaver', password: PASSWORD }).expect(401);
  });

  it('when an admin sets a password, then it is stored hashed, never answered, and the user signs in with it', async () => {
    const admin = await agentOf(app, t.db, 'admin');
    const created = await admin.post('/api/users').send({ username: 'new.hire', name: '新员工', role: 'cs_specialist', password: 'first-password' }).expect(201);
    expect(created.body.password).toBeUndefined();
    expect(created.body.password_hash).toBeUndefined();
    const stored = await t.db('users').where({ id: created.body.id }).first('password_hash');
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('first-password', stored.password_hash)).toBe(true);
    const listed = await admin.get('/api/users').query({ filter: JSON.stringify({ id: created.body.id }) }).expect(200);
    expect(Object.keys(listed.body[0])).not.toContain('password_hash');
    await signIn(app, 'new.hire', 'first-password');
    const short = await admin.put(`/api/users/${created.body.id}`).send({ password: 'short' }).expect(400);
    expect(short.body.errors.password).toMatch(/at least 8/);
    const audit = await t.db('audit_log').where({ resource: 'users', record_id: created.body.id, action: 'create' }).first();
    expect(JSON.stringify(audit.changes)).not.toContain('first-password');
  });

  it('when a user changes their own password, then the old one stops working and their other sessions end', async () => {
    await userOf(t.db, 'cs_manager', 'u.changer', PASSWORD);
    const first = await signIn(app, 'u.changer');
    const second = await signIn(app, 'u.changer');
    const bad = await first.agent.post('/api/auth/password').set('X-CSRF-Token', first.csrf)
      .send({ current_password: 'not-it-at-all', new_password: 'brand-new-pass' }).expect(400);
    expect(Object.keys(bad.body.errors)).toEqual(['current_password']);
    await first.agent.post('/api/auth/password').set('X-CSRF-Token', first.csrf)
      .send({ current_password: PASSWORD, new_password: 'brand-new-pass' }).expect(200);
    await first.agent.get('/api/auth/me').expect(200);
    await second.agent.get('/api/auth/me').expect(401);
    await request(app).post('/api/auth/login').send({ username: 'u.changer', password: PASSWORD }).expect(401);
    await signIn(app, 'u.changer', 'brand-new-pass');
  });

  it('when the last active admin would be demoted or deactivated, then it is refused with a field error', async () => {
    const db = await freshDb();
    try {
      const solo = createApp(db.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
      const admin = await userOf(db.db, 'admin', 'only.admin');
      const api = await agentOf(solo, db.db, 'admin', 'only.admin');
      const res = await api.put(`/api/users/${admin.id}`).send({ role: 'cs_manager' }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['role']);
      await api.put(`/api/users/${admin.id}`).send({ active: false }).expect(400);
      expect((await db.db('users').where({ id: admin.id }).first('role')).role).toBe('admin');
    } finally {
      await db.drop();
    }
  });
});

describe('personal API tokens', () => {
  let t: TestDb;
  let app: Express;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
    await userOf(t.db, 'cs_manager', 'scripter', PASSWORD);
  });
  afterAll(async () => t.drop());

  it('when a user creates a token, then it is shown once, works as a bearer token and needs no CSRF token', async () => {
    const { agent, csrf } = await signIn(app, 'scripter');
    const created = await agent.post('/api/auth/tokens').set('X-CSRF-Token', csrf).send({ name: '导出脚本' }).expect(201);
    expect(created.body.token).toMatch(/^crm_[\w-]{40,}$/);
    const listed = await agent.get('/api/auth/tokens').expect(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ name: '导出脚本', prefix: created.body.token.slice(0, 12) });
    expect(listed.body[0].token).toBeUndefined();
    const bearer = `Bearer ${created.body.token}`;
    await request(app).post('/api/customers').set('Authorization', bearer).send({ name: '脚本客户' }).expect(201);
    const me = await request(app).get('/api/auth/me').set('Authorization', bearer).expect(200);
    expect(me.body.user.username).toBe('scripter');

    await agent.delete(`/api/auth/tokens/${created.body.id}`).set('X-CSRF-Token', csrf).expect(200);
    await request(app).get('/api/customers').set('Authorization', bearer).expect(401);
    expect((await agent.get('/api/auth/tokens')).body).toEqual([]);
  });

  it('when a token is expired, malformed or someone else\'s, then it opens nothing and cannot be revoked by others', async () => {
    const { agent, csrf } = await signIn(app, 'scripter');
    const created = await agent.post('/api/auth/tokens').set('X-CSRF-Token', csrf).send({ name: 'short-lived', expires_on: '2099-01-01' }).expect(201);
    await request(app).get('/api/customers').set('Authorization', `Bearer ${created.body.token}`).expect(200);
    await t.db('api_tokens').where({ id: created.body.id }).update({ expires_on: '2020-01-01' });
    await request(app).get('/api/customers').set('Authorization', `Bearer ${created.body.token}`).expect(401);
    await request(app).get('/api/customers').set('Authorization', 'Bearer crm_not-a-real-token').expect(401);
    await request(app).get('/api/customers').set('Authorization', 'Basic YWRtaW46YWRtaW4=').expect(401);
    const other = await agentOf(app, t.db, 'admin');
    await other.delete(`/api/auth/tokens/${created.body.id}`).expect(404);
    const past = await agent.post('/api/auth/tokens').set('X-CSRF-Token', csrf).send({ name: 'x', expires_on: '2020-01-01' }).expect(400);
    expect(Object.keys(past.body.errors)).toEqual(['expires_on']);
  });
});

describe('the first administrator', () => {
  it('when ADMIN_PASSWORD is given, then admin signs in with it; when not, a random password is made and later starts keep it', async () => {
    const t = await freshDb();
    try {
      const given = await ensureAdmin(t.db, 'chosen-password');
      expect(given).toEqual({ password: 'chosen-password', generated: false });
      const app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
      await signIn(app, 'admin', 'chosen-password');
      expect(await ensureAdmin(t.db, 'another-password')).toBeNull();
      await signIn(app, 'admin', 'chosen-password');

      await t.db('users').where({ username: 'admin' }).update({ password_hash: null });
      const random = await ensureAdmin(t.db, undefined);
      expect(random?.generated).toBe(true);
      expect(random?.password.length).toBeGreaterThanOrEqual(12);
      await signIn(app, 'admin', random?.password);
    } finally {
      await t.drop();
    }
  });
});
