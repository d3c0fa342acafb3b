import type { Knex } from 'knex';
import type { Actor } from '../../auth/roles.js';
import { can, maskValue, maySee, scopeQuery } from '../../auth/policy.js';
import { getResource } from '../../resources/index.js';
import type { Row } from '../../resources/types.js';
import type { TodayCustomer, TodayItem, TodayScope, TodaySection } from './types.js';

/** One section's query: the rows it holds (joins and conditions, no select), how to order and show them. */
export interface SectionQuery {
  resource: string;
  /** the column naming who does the work (staff_id, handler_id …): `mine` keeps mine and nobody's */
  assignee: string;
  /** overrides what `mine` keeps (default: assigned to me or to nobody) */
  mine?: (qb: Knex.QueryBuilder, actor: Actor, db: Knex) => void;
  rows: (db: Knex) => Knex.QueryBuilder;
  select: string[];
  order: (qb: Knex.QueryBuilder) => Knex.QueryBuilder;
  item: (row: Row, actor: Actor) => TodayItem;
}

/** The customer columns a section selects next to its own (joined as `customers`). */
export const CUSTOMER_COLUMNS = ['customers.id as c_id', 'customers.name as c_name', 'customers.phone as c_phone'];

export function customerOf(row: Row, actor: Actor): TodayCustomer | null {
  if (row.c_id == null) return null;
  const customers = getResource('customers');
  const phone = row.c_phone == null ? null : String(row.c_phone);
  const shown = customers && !maySee(actor, customers, 'phone') ? (maskValue(phone) as string | null) : phone;
  return { id: Number(row.c_id), name: String(row.c_name ?? ''), phone: shown };
}

/**
 * Counts and reads (up to `cap` rows) one section for the actor: undefined when their role may not read the
 * resource; narrowed to their rows the way the resource's own list is (a sales consultant: their customers').
 */
export async function readSection(db: Knex, q: SectionQuery, actor: Actor, scope: TodayScope | null, cap: number): Promise<TodaySection | undefined> {
  const def = getResource(q.resource);
  if (!def || !can(actor, def, 'read')) return undefined;
  const narrowed = () => {
    const qb = q.rows(db);
    scopeQuery(db, qb, def, actor);
    if (scope === 'mine' && q.mine) q.mine(qb, actor, db);
    else if (scope === 'mine') qb.where((w) => w.where(q.assignee, actor.id).orWhereNull(q.assignee));
    return qb;
  };
  const [counted, rows] = await Promise.all([
    narrowed().count({ n: '*' }).first(),
    q.order(narrowed().select(q.select)).limit(cap) as Promise<Row[]>,
  ]);
  return {
    total: Number((counted as { n?: unknown } | undefined)?.n ?? 0),
    items: rows.map((r) => q.item(r, actor)),
    can_act: can(actor, def, 'update'),
  };
}
