import type { Knex } from 'knex';
import type { Actor } from './roles.js';
import { ACTOR_COLUMNS, toActor } from './actors.js';
import { digest, newSecret } from './secrets.js';

/** Personal API tokens for scripts: `Authorization: Bearer crm_…`. Only the hash is kept; the token is shown once. */

export const TOKEN_PREFIX = 'crm_';
const TOUCH_MS = 60_000;

export interface TokenInfo {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_on: string | null;
}

const iso = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString() : String(v));
const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

function info(row: Record<string, unknown>): TokenInfo {
  return {
    id: Number(row.id), name: String(row.name), prefix: String(row.prefix),
    created_at: iso(row.created_at) ?? '', last_used_at: iso(row.last_used_at), expires_on: day(row.expires_on),
  };
}

export async function createToken(
  db: Knex, userId: number, name: string, expiresOn: string | null,
): Promise<TokenInfo & { token: string }> {
  const token = TOKEN_PREFIX + newSecret();
  const stamp = new Date().toISOString();
  const [row] = await db('api_tokens').insert({
    created_at: stamp, updated_at: stamp, version: 1,
    user_id: userId, name, token_hash: digest(token), prefix: token.slice(0, 12), expires_on: expiresOn,
  }, ['id']);
  const stored = await db('api_tokens').where({ id: Number((row as { id: number }).id) }).first();
  return { ...info(stored), token };
}

export async function listTokens(db: Knex, userId: number): Promise<TokenInfo[]> {
  const rows = await db('api_tokens').where({ user_id: userId }).whereNull('revoked_at').orderBy('created_at', 'desc');
  return rows.map(info);
}

/** Revokes one of the user's own tokens; null when there is no such live token. */
export async function revokeToken(db: Knex, userId: number, id: number): Promise<TokenInfo | null> {
  const row = await db('api_tokens').where({ id, user_id: userId }).whereNull('revoked_at').first();
  if (!row) return null;
  const stamp = new Date().toISOString();
  await db('api_tokens').where({ id }).update({ revoked_at: stamp, updated_at: stamp });
  return info(row);
}

/** The actor a bearer token speaks for; null when unknown, revoked, expired or the user is inactive. */
export async function actorForToken(db: Knex, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const row = await db('api_tokens')
    .join('users', 'users.id', 'api_tokens.user_id')
    .where('api_tokens.token_hash', digest(token))
    .whereNull('api_tokens.revoked_at')
    .first([...ACTOR_COLUMNS, 'api_tokens.id as token_id', 'api_tokens.expires_on', 'api_tokens.last_used_at']);
  if (!row) return null;
  const today = new Date().toISOString().slice(0, 10);
  const expires = day(row.expires_on);
  if (expires && expires < today) return null;
  const last = iso(row.last_used_at);
  if (!last || Date.now() - new Date(last).getTime() > TOUCH_MS) {
    await db('api_tokens').where({ id: row.token_id }).update({ last_used_at: new Date().toISOString() });
  }
  return toActor(row);
}
