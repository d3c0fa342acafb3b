import type { Knex } from 'knex';
import type { Actor } from './roles.js';
import { ACTOR_COLUMNS, toActor } from './actors.js';
import { digest, newSecret } from './secrets.js';

/** Sessions live in the database, so every server process behind a load balancer knows them. */

export const SESSION_COOKIE = 'crm_session';
const ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
// how stale last_seen_at may get before a request refreshes it (saves a write per request)
const TOUCH_MS = 60_000;

export interface Session {
  id: string;
  actor: Actor;
  csrfToken: string;
}

export async function createSession(
  db: Knex, userId: number, idleMinutes: number, client: { ip?: string; userAgent?: string },
): Promise<{ secret: string; csrfToken: string }> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const now = Date.now();
  await db('sessions').insert({
    id: digest(secret),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: new Date(now).toISOString(),
    last_seen_at: new Date(now).toISOString(),
    expires_at: new Date(now + idleMinutes * 60_000).toISOString(),
    ip: client.ip?.slice(0, 64) ?? null,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
  });
  // sweep long-expired sessions now and then rather than on a timer no process owns
  if (Math.random() < 0.05) await db('sessions').where('expires_at', '<', new Date(now).toISOString()).delete();
  return { secret, csrfToken };
}

const time = (v: unknown): number => (v instanceof Date ? v.getTime() : new Date(String(v)).getTime());

/** The live session a cookie secret names, sliding its expiry forward; null when unknown, expired or the user is inactive. */
export async function findSession(db: Knex, secret: string, idleMinutes: number): Promise<Session | null> {
  const row = await db('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .where('sessions.id', digest(secret))
    .first([...ACTOR_COLUMNS, 'sessions.id as session_id', 'sessions.csrf_token', 'sessions.created_at as started',
      'sessions.last_seen_at', 'sessions.expires_at']);
  if (!row) return null;
  const now = Date.now();
  if (time(row.expires_at) <= now || time(row.started) + ABSOLUTE_MS <= now) {
    await db('sessions').where({ id: row.session_id }).delete();
    return null;
  }
  const actor = toActor(row);
  if (!actor) return null;
  if (now - time(row.last_seen_at) > TOUCH_MS) {
    const expires = Math.min(now + idleMinutes * 60_000, time(row.started) + ABSOLUTE_MS);
    await db('sessions').where({ id: row.session_id }).update({
      last_seen_at: new Date(now).toISOString(),
      expires_at: new Date(expires).toISOString(),
    });
  }
  return { id: String(row.session_id), actor, csrfToken: String(row.csrf_token) };
}

export async function endSession(db: Knex, sessionId: string): Promise<void> {
  await db('sessions').where({ id: sessionId }).delete();
}

/** Signs a user out everywhere but here (after a password change). */
export async function endOtherSessions(db: Knex, userId: number, keep?: string): Promise<void> {
  const q = db('sessions').where({ user_id: userId });
  if (keep) q.whereNot({ id: keep });
  await q.delete();
}
