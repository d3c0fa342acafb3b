import type { Knex } from 'knex';

/**
 * Failed sign-ins counted in the database (shared by every server process): a user name is locked
 * after `maxFailures` within the window, an address after four times as many (it may serve a whole office).
 */
export interface LoginLimits {
  maxFailures: number;
  windowMinutes: number;
}

const userKey = (username: string) => `user:${username.trim().toLowerCase().slice(0, 100)}`;
const addressKey = (ip: string) => `ip:${ip.slice(0, 100)}`;

/** Minutes until the caller may try again, or 0 when they may try now. */
export async function lockedFor(db: Knex, limits: LoginLimits, username: string, ip: string): Promise<number> {
  const since = new Date(Date.now() - limits.windowMinutes * 60_000).toISOString();
  const check = async (key: string, max: number): Promise<number> => {
    const rows: { created_at: unknown }[] = await db('login_attempts')
      .where({ key }).where('created_at', '>', since).orderBy('created_at', 'desc').limit(max).select('created_at');
    if (rows.length < max) return 0;
    // locked until the oldest of the last `max` failures leaves the window
    const last = rows[rows.length - 1].created_at;
    const oldest = last instanceof Date ? last.getTime() : new Date(String(last)).getTime();
    return Math.max(1, Math.ceil((oldest + limits.windowMinutes * 60_000 - Date.now()) / 60_000));
  };
  return Math.max(await check(userKey(username), limits.maxFailures), await check(addressKey(ip), limits.maxFailures * 4));
}

export async function recordFailure(db: Knex, limits: LoginLimits, username: string, ip: string): Promise<void> {
  const now = new Date();
  await db('login_attempts').insert([
    { key: userKey(username), created_at: now.toISOString() },
    { key: addressKey(ip), created_at: now.toISOString() },
  ]);
  const before = new Date(now.getTime() - limits.windowMinutes * 60_000).toISOString();
  await db('login_attempts').where('created_at', '<', before).delete();
}

export async function clearFailures(db: Knex, username: string): Promise<void> {
  await db('login_attempts').where({ key: userKey(username) }).delete();
}
