import type { Knex } from 'knex';
import type { ResourceDef, Row } from '../../resources/types.js';
import { forbidden, maySee } from '../../auth/policy.js';
import { badRequest } from '../../errors.js';
import { parseListQuery, type ListQuery } from '../listQuery.js';
import { parseFieldValue } from '../fieldValue.js';
import { reason } from '../reasons.js';
import type { Context, ResourceService } from '../service.js';

/** At most this many records per bulk request; more is a 400 naming the count (narrow the filter, or send several). */
export const MAX_ROWS = 50_000;

/** The records a bulk request names: a list of ids, or a list filter (the same as GET /:resource's, `q` included). */
export type Selection = { ids: number[] } | { query: Pick<ListQuery, 'conditions' | 'q'> };

export function bodyOf(body: unknown): Row {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest({ body: reason('not_object') });
  return body as Row;
}

export function parseSelection(def: ResourceDef, body: Row, ctx: Context): Selection {
  const hasIds = body.ids !== undefined;
  if (hasIds === (body.filter !== undefined)) throw badRequest({ ids: reason('ids_or_filter') });
  if (hasIds) {
    const ids = body.ids;
    if (!Array.isArray(ids) || !ids.length || ids.some((id) => !parseFieldValue({ type: 'reference' }, id).ok)) {
      throw badRequest({ ids: reason('not_id') });
    }
    const unique = [...new Set(ids as number[])];
    if (unique.length > MAX_ROWS) throw badRequest({ ids: reason('too_many_rows', { count: unique.length, max: MAX_ROWS }) });
    return { ids: unique.sort((a, b) => a - b) };
  }
  const filter = body.filter;
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw badRequest({ filter: reason('bad_filter') });
  let text: string;
  try {
    text = JSON.stringify(filter);
  } catch {
    // nested deeper than JSON.stringify can follow (the body parser takes any depth): no filter of ours
    throw badRequest({ filter: reason('bad_filter') });
  }
  const { conditions, q } = parseListQuery(def, { filter: text });
  const hidden = conditions.find((c) => !maySee(ctx.actor, def, c.field));
  if (hidden) throw forbidden({ [hidden.field]: reason('not_allowed') });
  return { query: { conditions, q } };
}

/**
 * The ids a selection names, in id order. A filter is narrowed to the actor's scope here; listed ids are
 * narrowed when their rows are read (ids that do not exist or are out of scope are left out).
 */
export async function selectedIds(trx: Knex.Transaction, service: ResourceService, def: ResourceDef, selection: Selection, ctx: Context): Promise<number[]> {
  if ('ids' in selection) return selection.ids;
  const id = `${def.table}.id`;
  const rows: Row[] = await service.filtered(def, selection.query, ctx, trx).select(id).orderBy(id).limit(MAX_ROWS + 1);
  if (rows.length > MAX_ROWS) {
    const counted = await service.filtered(def, selection.query, ctx, trx).count({ n: '*' }).first();
    throw badRequest({ filter: reason('too_many_rows', { count: Number(counted?.n ?? 0), max: MAX_ROWS }) });
  }
  return rows.map((r) => Number(r.id));
}
