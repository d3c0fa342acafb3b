import type { Knex } from 'knex';
import { dialectOf } from '../../db/connect.js';
import type { Actor } from '../../auth/roles.js';
import { maskValue, maySee, scopeQuery } from '../../auth/policy.js';
import { getResource } from '../../resources/index.js';
import type { ResourceDef, Row } from '../../resources/types.js';
import type { Locale } from '../reasons.js';
import type { Labels } from './columns.js';
import { customValueSql, selectList } from '../columns.js';

/** Rows per page: small pages die young in the garbage collector (2,000 rows per page peaked ~60 MB higher). */
export const CHUNK = 500;

/**
 * Every row of a filtered query in the list's order, read `size` rows at a time by keyset (the sort value and
 * the id of the last row read): each page is an index range, never a growing OFFSET, and no connection is
 * held between pages (SQLite has only one). Rows with no sort value come where the engine's ORDER BY puts
 * them (SQLite: smallest, PostgreSQL: largest), so the file has the order the list shows.
 */
export async function* keysetChunks(
  db: Knex,
  def: ResourceDef,
  base: () => Knex.QueryBuilder,
  select: readonly string[],
  sort: [string, 'ASC' | 'DESC'],
  size = CHUNK,
): AsyncGenerator<Row[]> {
  const [field, dir] = sort;
  const order = dir === 'ASC' ? 'asc' : 'desc';
  const cmp = dir === 'ASC' ? '>' : '<';
  const id = `${def.table}.id`;
  // the sort value's SQL (a custom field's is an expression on the JSON column)
  const col = customValueSql(db, def, field) ?? `"${def.table}"."${field}"`;
  const columns = selectList(db, def, [...new Set(['id', field, ...select])]);
  const page = (qb: Knex.QueryBuilder, byValue: boolean) => qb.select(columns)
    .orderBy(byValue ? [{ column: db.raw(col), order }, { column: id, order }] : [{ column: id, order }])
    .limit(size);

  async function* byValue(): AsyncGenerator<Row[]> {
    let last: Row | null = null;
    for (;;) {
      const qb = page(base(), true).whereRaw(`${col} IS NOT NULL`);
      if (last) qb.whereRaw(`(${col}, ??) ${cmp} (?, ?)`, [id, last[field] as Knex.Value, last.id as Knex.Value]);
      const rows: Row[] = await qb;
      if (rows.length) yield rows;
      if (rows.length < size) return;
      last = rows[rows.length - 1];
    }
  }

  async function* byId(nullsOnly: boolean): AsyncGenerator<Row[]> {
    let last: unknown = null;
    for (;;) {
      const qb = page(base(), false);
      if (nullsOnly) qb.whereRaw(`${col} IS NULL`);
      if (last !== null) qb.where(id, cmp, last as Knex.Value);
      const rows: Row[] = await qb;
      if (rows.length) yield rows;
      if (rows.length < size) return;
      last = rows[rows.length - 1].id;
    }
  }

  if (field === 'id') {
    yield* byId(false);
    return;
  }
  const nullsSmallest = dialectOf(db) === 'sqlite';
  const nullsFirst = nullsSmallest === (dir === 'ASC');
  if (nullsFirst) yield* byId(true);
  yield* byValue();
  if (!nullsFirst) yield* byId(true);
}

const TITLE_CACHE_MAX = 20_000;

/**
 * Labels for lookup codes and referenced records, fetched set-wise: all lookups once, and for each page the
 * titles of the referenced ids not seen yet in one query per target resource. A title the actor may not see
 * (another consultant's customer) stays the bare id; a masked title stays masked.
 */
export class LabelResolver implements Labels {
  private lookups = new Map<string, string>();
  private titles = new Map<string, Map<number, string | null>>();

  constructor(private readonly db: Knex, private readonly actor: Actor, private readonly locale: Locale) {}

  async loadLookups(types: readonly string[]): Promise<void> {
    if (!types.length) return;
    const rows: Row[] = await this.db('lookups').whereIn('type', [...new Set(types)]).select('type', 'code', 'label_zh', 'label_en');
    for (const r of rows) this.lookups.set(`${String(r.type)}:${String(r.code)}`, String(this.locale === 'zh' ? r.label_zh : r.label_en));
  }

  lookup(type: string, code: string): string {
    return this.lookups.get(`${type}:${code}`) ?? code;
  }

  title(resource: string, id: number): string {
    return this.titles.get(resource)?.get(id) ?? String(id);
  }

  /** Fetches the titles `rows` refer to through `fields` (field name → target resource) that are not known yet. */
  async resolve(rows: readonly Row[], fields: Record<string, string>): Promise<void> {
    const wanted = new Map<string, Set<number>>();
    for (const [field, target] of Object.entries(fields)) {
      const known = this.titles.get(target);
      const ids = wanted.get(target) ?? new Set<number>();
      for (const r of rows) {
        const v = r[field];
        if (v != null && !known?.has(Number(v))) ids.add(Number(v));
      }
      wanted.set(target, ids);
    }
    for (const [target, ids] of wanted) {
      const def = getResource(target);
      if (!def || !ids.size) continue;
      let cache = this.titles.get(target);
      if (!cache || cache.size + ids.size > TITLE_CACHE_MAX) this.titles.set(target, (cache = new Map()));
      const qb = this.db(def.table).whereIn(`${def.table}.id`, [...ids]).select(`${def.table}.id`, `${def.table}.${def.title}`);
      scopeQuery(this.db, qb, def, this.actor);
      const found: Row[] = await qb;
      const visible = maySee(this.actor, def, def.title);
      for (const id of ids) cache.set(id, null);
      for (const r of found) {
        const t = r[def.title];
        if (t != null) cache.set(Number(r.id), String(visible ? t : maskValue(String(t))));
      }
    }
  }
}
