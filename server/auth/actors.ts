import type { Knex } from 'knex';
import { isRole, type Actor } from './roles.js';

export const ACTOR_COLUMNS = ['users.id', 'users.username', 'users.name', 'users.role', 'users.department', 'users.active'];

interface UserRow {
  id: number;
  username: string;
  name: string;
  role: string;
  department: string | null;
  active: unknown;
}

/** A user row as an actor; an inactive user or an unknown role is nobody. */
export function toActor(row: UserRow | undefined): Actor | null {
  if (!row || !(row.active === true || row.active === 1) || !isRole(row.role)) return null;
  return { id: Number(row.id), username: row.username, name: row.name, role: row.role, department: row.department ?? null };
}

export async function actorById(db: Knex, id: number): Promise<Actor | null> {
  return toActor(await db('users').where({ id }).first(ACTOR_COLUMNS));
}
