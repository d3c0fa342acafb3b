import type { Express } from 'express';
import type { Knex } from 'knex';
import request from 'supertest';
import type { Actor, Role } from '../../server/auth/roles.js';
import { createToken } from '../../server/auth/tokens.js';
import { hashPassword } from '../../server/auth/password.js';
import type { Context } from '../../server/rest/service.js';

/**
 * Signed-in callers for tests: a user of a role (created once per database) and either a service context
 * or a supertest agent carrying the user's personal API token.
 */
export async function userOf(db: Knex, role: Role, username: string = `test.${role}`, password?: string): Promise<Actor> {
  let row = await db('users').where({ username }).first('id', 'username', 'name', 'role', 'department');
  if (!row) {
    const stamp = new Date().toISOString();
    const [inserted] = await db('users').insert({
      username, name: username, role, active: true, created_at: stamp, updated_at: stamp, version: 1,
      password_hash: password ? await hashPassword(password) : null,
    }, ['id']);
    row = { id: Number((inserted as { id: number }).id), username, name: username, role, department: null };
  }
  return { id: Number(row.id), username: row.username, name: row.name, role: row.role as Role, department: row.department ?? null };
}

export async function contextOf(db: Knex, role: Role = 'admin', username?: string): Promise<Context> {
  return { actor: await userOf(db, role, username) };
}

export async function tokenOf(db: Knex, role: Role = 'admin', username?: string): Promise<string> {
  const actor = await userOf(db, role, username);
  return (await createToken(db, actor.id, 'test', null)).token;
}

/** A supertest agent that sends every request with a bearer token of a user of `role`. */
export async function agentOf(app: Express, db: Knex, role: Role = 'admin', username?: string) {
  return request.agent(app).set('Authorization', `Bearer ${await tokenOf(db, role, username)}`);
}
