import { Router, type Request, type Response } from 'express';
import type { Knex } from 'knex';
import { serialize as serializeCookie } from 'cookie';
import { z } from 'zod';
import { AppError, badRequest } from '../errors.js';
import { writeAudit } from '../domain/audit.js';
import { reason } from '../rest/reasons.js';
import { idOf } from '../rest/requestParts.js';
import { ACTOR_COLUMNS, toActor } from './actors.js';
import { requireActor, requireCsrf } from './middleware.js';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './password.js';
import { profileOf } from './profile.js';
import { clearFailures, lockedFor, recordFailure } from './rateLimit.js';
import { createSession, endOtherSessions, endSession, SESSION_COOKIE } from './sessions.js';
import type { AuthSettings } from './settings.js';
import { createToken, listTokens, revokeToken } from './tokens.js';

// no NUL: PostgreSQL refuses it in a query with an error (a 500)
const text = (max: number) => z.string().trim().min(1).max(max).refine((s) => !s.includes('\u0000'));

/** Reads a JSON body against a schema; every bad field becomes a 400 naming it. */
function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const errors = Object.fromEntries(parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? 'body');
    const r = i.code === 'too_small' && 'minimum' in i && Number(i.minimum) > 1 ? reason('too_short', { min: Number(i.minimum) })
      : i.code === 'too_big' ? reason('too_long', { max: Number(i.maximum) })
        : i.code === 'invalid_type' && i.input === undefined ? reason('required')
          : i.code === 'too_small' ? reason('required') : reason('not_text');
    return [field, r];
  }));
  throw badRequest(errors);
}

const loginBody = z.object({ username: text(40), password: z.string().min(1).max(PASSWORD_MAX) });
const passwordBody = z.object({
  current_password: z.string().min(1).max(PASSWORD_MAX),
  new_password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
});
const tokenBody = z.object({
  name: text(60),
  expires_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
});

const clientOf = (req: Request) => ({ ip: req.ip ?? 'unknown', userAgent: req.get('user-agent') });

/** Sign-in, sign-out, who am I, password change and personal API tokens, under /api/auth. */
export function authRouter(db: Knex, settings: AuthSettings): Router {
  const router = Router();

  const cookie = (req: Request, value: string, maxAge?: number) =>
    serializeCookie(SESSION_COOKIE, value, {
      httpOnly: true, sameSite: 'lax', path: '/', secure: settings.cookieSecure || req.secure, maxAge,
    });

  router.post('/login', async (req: Request, res: Response) => {
    const { username, password } = parseBody(loginBody, req.body);
    const ip = clientOf(req).ip;
    const minutes = await lockedFor(db, settings, username, ip);
    if (minutes > 0) {
      res.set('Retry-After', String(minutes * 60));
      throw new AppError(429, 'too_many', { username: reason('too_many_attempts', { minutes }) });
    }
    const row = await db('users').whereRaw('lower(username) = ?', [username.toLowerCase()])
      .first([...ACTOR_COLUMNS, 'users.password_hash']);
    const matches = await verifyPassword(password, row?.password_hash);
    const actor = matches ? toActor(row) : null;
    if (!actor) {
      await recordFailure(db, settings, username, ip);
      throw new AppError(401, 'sign_in_failed', { password: reason('wrong_credentials') });
    }
    await clearFailures(db, username);
    const session = await createSession(db, actor.id, settings.idleMinutes, clientOf(req));
    await writeAudit(db, { actor, requestId: String(req.id ?? '') }, { action: 'login', resource: 'users', recordId: actor.id, title: actor.name });
    res.set('Set-Cookie', cookie(req, session.secret));
    res.json(profileOf(actor, session.csrfToken));
  });

  router.use(requireActor, requireCsrf);

  router.get('/me', (req, res) => {
    res.json(profileOf(req.actor!, req.csrfToken ?? null));
  });

  router.post('/logout', async (req, res) => {
    if (req.sessionId) await endSession(db, req.sessionId);
    await writeAudit(db, { actor: req.actor!, requestId: String(req.id ?? '') }, { action: 'logout', resource: 'users', recordId: req.actor!.id, title: req.actor!.name });
    res.set('Set-Cookie', cookie(req, '', 0));
    res.json({ ok: true });
  });

  router.post('/password', async (req, res) => {
    const actor = req.actor!;
    const body = parseBody(passwordBody, req.body);
    const row = await db('users').where({ id: actor.id }).first('password_hash');
    if (!(await verifyPassword(body.current_password, row?.password_hash))) {
      throw badRequest({ current_password: reason('wrong_password') });
    }
    const hash = await hashPassword(body.new_password);
    await db.transaction(async (trx) => {
      await trx('users').where({ id: actor.id }).update({ password_hash: hash, password_changed_at: new Date().toISOString() });
      await endOtherSessions(trx, actor.id, req.sessionId);
      await writeAudit(trx, { actor, requestId: String(req.id ?? '') }, {
        action: 'password_changed', resource: 'users', recordId: actor.id, title: actor.name,
      });
    });
    res.json({ ok: true });
  });

  router.get('/tokens', async (req, res) => {
    res.json(await listTokens(db, req.actor!.id));
  });

  router.post('/tokens', async (req, res) => {
    const actor = req.actor!;
    const body = parseBody(tokenBody, req.body);
    const today = new Date().toISOString().slice(0, 10);
    if (body.expires_on && body.expires_on <= today) throw badRequest({ expires_on: reason('too_small', { min: today }) });
    const created = await db.transaction(async (trx) => {
      const token = await createToken(trx, actor.id, body.name, body.expires_on ?? null);
      await writeAudit(trx, { actor, requestId: String(req.id ?? '') }, {
        action: 'token_created', resource: 'users', recordId: actor.id, title: actor.name,
        changes: { token: { from: null, to: `${token.name} (${token.prefix}…)` } },
      });
      return token;
    });
    res.status(201).json(created);
  });

  router.delete('/tokens/:id', async (req, res) => {
    const actor = req.actor!;
    const id = idOf(req);
    const revoked = await db.transaction(async (trx) => {
      const token = await revokeToken(trx, actor.id, id);
      if (token) {
        await writeAudit(trx, { actor, requestId: String(req.id ?? '') }, {
          action: 'token_revoked', resource: 'users', recordId: actor.id, title: actor.name,
          changes: { token: { from: `${token.name} (${token.prefix}…)`, to: null } },
        });
      }
      return token;
    });
    if (!revoked) throw new AppError(404, 'not_found');
    res.json(revoked);
  });

  return router;
}
