import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { hashPassword } from './password.js';
import { searchTextOf } from '../rest/service.js';
import { users } from '../resources/users.js';

/**
 * On first start the `admin` account exists and has a password: ADMIN_PASSWORD if given, else a random
 * one the caller prints once. An admin that already has a password is left alone (it may have been changed
 * in the app). Answers the password it set, or null when it set none.
 */
export async function ensureAdmin(db: Knex, given: string | undefined): Promise<{ password: string; generated: boolean } | null> {
  const existing = await db('users').where({ username: 'admin' }).first('id', 'password_hash');
  if (existing?.password_hash) return null;
  const password = given ?? crypto.randomBytes(12).toString('base64url');
  const hash = await hashPassword(password);
  const stamp = new Date().toISOString();
  if (existing) {
    await db('users').where({ id: existing.id }).update({ password_hash: hash, password_changed_at: stamp, updated_at: stamp });
  } else {
    const row = { username: 'admin', name: '系统管理员', role: 'admin', active: true };
    await db('users').insert({
      ...row, password_hash: hash, password_changed_at: stamp, created_at: stamp, updated_at: stamp, version: 1,
      search_text: searchTextOf(users, row),
    });
  }
  return { password, generated: given === undefined };
}
