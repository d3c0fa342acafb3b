import type { Knex } from 'knex';
import { forbidden } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { isManager } from '../../resources/access.js';
import type { Row } from '../../resources/types.js';
import { reason } from '../../rest/reasons.js';

/**
 * Who reads which saved views: everyone their own and those shared with their role; a manager also those shared
 * with any role (they set the teams' defaults and must see the one they replace); an admin every view, private
 * ones included, to tidy up after people who left.
 */
export function readableViews(qb: Knex.QueryBuilder, actor: Actor, table: string): void {
  if (actor.role === 'admin') return;
  qb.where((w) => {
    w.where(`${table}.owner_id`, actor.id);
    if (isManager(actor.role)) w.orWhereNotNull(`${table}.shared_role`);
    else w.orWhere(`${table}.shared_role`, actor.role);
  });
}

export function mayReadView(row: Row, actor: Actor): boolean {
  if (actor.role === 'admin' || row.owner_id === actor.id) return true;
  return isManager(actor.role) ? row.shared_role != null : row.shared_role === actor.role;
}

/**
 * A write the actor may make: only the owner (or an admin) changes or deletes a view; only a manager or an admin
 * shares one with a role or makes it a role's default. Making a view private again is anyone's (its owner's) right.
 * `before` is null for a new view, `after` null for a deleted one. Throws a 403 naming the field.
 */
export function assertMayWriteView(actor: Actor, before: Row | null, after: Row | null): void {
  if (before && before.owner_id !== actor.id && actor.role !== 'admin') throw forbidden({ owner_id: reason('not_view_owner') });
  if (!after || isManager(actor.role)) return;
  if (after.shared_role != null && after.shared_role !== (before?.shared_role ?? null)) {
    throw forbidden({ shared_role: reason('share_needs_manager') });
  }
  if (after.default_for_role === true && before?.default_for_role !== true) {
    throw forbidden({ default_for_role: reason('share_needs_manager') });
  }
}
