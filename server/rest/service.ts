import type { Knex } from 'knex';
import type { ResourceDef, Row } from '../resources/types.js';
import { isSearchable, storedFields } from '../resources/types.js';
import { getResource } from '../resources/index.js';
import { AppError } from '../errors.js';
import { buildSearchText } from '../domain/searchText.js';
import { maskAuditRow, recordChange, type AuditContext } from '../domain/audit.js';
import {
  assertCan, assertInScope, assertReferencesInScope, defaultOwner, dropMaskedEcho, forbidden, hiddenSearchColumns,
  maskRecord, maySee, scopeQuery, wholeNumberOnly,
} from '../auth/policy.js';
import { hasRight } from '../auth/roles.js';
import type { Condition, ListQuery } from './listQuery.js';
import { reason } from './reasons.js';
import { applySearch } from './search.js';
import { serialize, toColumns } from './serialize.js';
import { validateBody, validateRecord } from './validate.js';
import { assertUnreferenced } from './bulk/remove.js';
import { columnRef, customValueSql, forInsert, forUpdate, isItemList, selectList, whereHoldsAny, whereListEmpty } from './columns.js';
import { listTotals } from './listTotals.js';

const now = () => new Date().toISOString();

function columnsOf(db: Knex, def: ResourceDef): (string | Knex.Raw)[] {
  return selectList(db, def, Object.keys(storedFields(def)));
}

/** A condition on a multiple-choice field: holds any of the values, none of them, or nothing at all. */
function applyListCondition(db: Knex, qb: Knex.QueryBuilder, def: ResourceDef, c: Condition): void {
  const items = Array.isArray(c.value) ? c.value : [c.value];
  if (c.op === 'null') whereListEmpty(db, qb, def, c.field, Boolean(c.value));
  else if (c.op === 'in' || c.op === 'eq') whereHoldsAny(db, qb, def, c.field, items);
  else if (c.op === 'neq') whereHoldsAny(db, qb, def, c.field, items, true);
}

/** A condition on a custom field's value (SQL on the JSON column, with bound values). */
function applyCustomCondition(qb: Knex.QueryBuilder, sql: string, c: Condition): void {
  const list = (values: unknown[]) => values.map(() => '?').join(', ');
  const v = c.value as Knex.Value;
  switch (c.op) {
    case 'eq': qb.whereRaw(`${sql} = ?`, [v]); break;
    case 'in': qb.whereRaw(`${sql} IN (${list(c.value as unknown[])})`, c.value as Knex.Value[]); break;
    case 'neq':
      if (Array.isArray(c.value)) qb.whereRaw(`${sql} NOT IN (${list(c.value)})`, c.value as Knex.Value[]);
      else qb.whereRaw(`${sql} <> ?`, [v]);
      break;
    case 'gte': qb.whereRaw(`${sql} >= ?`, [v]); break;
    case 'lte': qb.whereRaw(`${sql} <= ?`, [v]); break;
    case 'gt': qb.whereRaw(`${sql} > ?`, [v]); break;
    case 'lt': qb.whereRaw(`${sql} < ?`, [v]); break;
    case 'null': qb.whereRaw(`${sql} IS ${c.value ? '' : 'NOT '}NULL`); break;
    case 'virtual': break;
  }
}

function applyCondition(db: Knex, qb: Knex.QueryBuilder, def: ResourceDef, c: Condition): void {
  if (c.op !== 'virtual' && isItemList(def.fields[c.field])) {
    applyListCondition(db, qb, def, c);
    return;
  }
  const custom = c.op === 'virtual' ? null : customValueSql(db, def, c.field);
  if (custom) {
    applyCustomCondition(qb, custom, c);
    return;
  }
  const col = `${def.table}.${c.field}`;
  switch (c.op) {
    case 'virtual': def.virtualFilters?.[c.field]?.(qb, c.value, db); break;
    case 'eq': qb.where(col, c.value as Knex.Value); break;
    case 'in': qb.whereIn(col, c.value as Knex.Value[]); break;
    case 'neq':
      if (Array.isArray(c.value)) qb.whereNotIn(col, c.value);
      else qb.whereNot(col, c.value as Knex.Value);
      break;
    case 'gte': qb.where(col, '>=', c.value as Knex.Value); break;
    case 'lte': qb.where(col, '<=', c.value as Knex.Value); break;
    case 'gt': qb.where(col, '>', c.value as Knex.Value); break;
    case 'lt': qb.where(col, '<', c.value as Knex.Value); break;
    case 'null':
      if (c.value) qb.whereNull(col);
      else qb.whereNotNull(col);
      break;
  }
}

/** The text `q` finds a record by, from its searchable fields. */
export function searchTextOf(def: ResourceDef, record: Row): string {
  const values = Object.entries(def.fields)
    .filter(([name, f]) => f.searchable && typeof record[name] === 'string')
    .map(([name, f]) => ({ value: record[name] as string, pinyin: f.searchable === 'pinyin' }));
  return buildSearchText(values);
}

/** Who asks, for the guard and the audit trail. */
export type Context = AuditContext;

/**
 * Generic CRUD over one resource definition. Every call is checked against the actor's role (action,
 * rows, fields); every write runs in one transaction together with its audit row.
 */
export class ResourceService {
  constructor(private readonly db: Knex) {}

  /** The rows a list filter selects, narrowed to the actor's scope; `db` is the transaction to read in, if any. */
  filtered(def: ResourceDef, query: Pick<ListQuery, 'conditions' | 'q'>, ctx: Context, db: Knex = this.db): Knex.QueryBuilder {
    const qb = db(def.table);
    for (const c of query.conditions) applyCondition(db, qb, def, c);
    const digits = query.q ? wholeNumberOnly(def, ctx.actor, query.q) : null;
    if (digits !== null) this.matchWholeNumber(qb, def, ctx, digits);
    else if (query.q && isSearchable(def)) applySearch(db, qb, def.table, query.q);
    scopeQuery(db, qb, def, ctx.actor);
    return qb;
  }

  private matchWholeNumber(qb: Knex.QueryBuilder, def: ResourceDef, ctx: Context, digits: string): void {
    const columns = hiddenSearchColumns(def, ctx.actor);
    qb.where((w) => {
      for (const c of columns) {
        w.orWhereRaw(`replace(replace(replace(${def.table}.${c}, ' ', ''), '-', ''), '+', '') = ?`, [digits]);
      }
    });
  }

  /** Whoever lacks the full audit right reads only the history of one record they may see. */
  private async guardAuditRead(def: ResourceDef, query: Pick<ListQuery, 'conditions'>, ctx: Context): Promise<void> {
    if (def.name !== 'audit_log' || hasRight(ctx.actor, 'audit')) return;
    const eq = (field: string) => query.conditions.find((c) => c.field === field && c.op === 'eq')?.value;
    const resource = eq('resource');
    const recordId = eq('record_id');
    const target = typeof resource === 'string' ? getResource(resource) : undefined;
    if (!target || typeof recordId !== 'number') {
      throw forbidden({ [target ? 'record_id' : 'resource']: reason('needs_record') });
    }
    await this.getOne(target, recordId, ctx);
  }

  private present(def: ResourceDef, ctx: Context, row: Row): Row {
    const masked = maskRecord(def, ctx.actor, row);
    return def.name === 'audit_log' ? maskAuditRow(ctx.actor, masked) : masked;
  }

  async list(def: ResourceDef, query: ListQuery, ctx: Context): Promise<{ rows: Row[]; total: number }> {
    assertCan(ctx.actor, def, 'read');
    const hidden = [query.sort[0], ...query.conditions.map((c) => c.field)].find((f) => !maySee(ctx.actor, def, f));
    if (hidden) throw forbidden({ [hidden]: reason('not_allowed') });
    await this.guardAuditRead(def, query, ctx);
    const [field, dir] = query.sort;
    const order = dir.toLowerCase() as 'asc' | 'desc';
    const rows: Row[] = await this.filtered(def, query, ctx)
      .select(columnsOf(this.db, def))
      .orderBy([{ column: columnRef(this.db, def, field), order }, { column: `${def.table}.id`, order }])
      .offset(query.range[0])
      .limit(query.range[1] - query.range[0] + 1);
    let total = query.range[0] + rows.length;
    if (query.range[0] > 0 || rows.length > query.range[1] - query.range[0]) {
      total = await listTotals.count(this.filtered(def, query, ctx).count({ n: '*' }));
    }
    return { rows: rows.map((r) => this.present(def, ctx, serialize(def, r))), total };
  }

  /** The stored record, unmasked, for the server's own use. 404 when it does not exist. */
  async load(def: ResourceDef, id: number, trx: Knex = this.db): Promise<Row> {
    const row = await trx(def.table).where(`${def.table}.id`, id).first(columnsOf(trx, def));
    if (!row) throw new AppError(404, 'not_found');
    return serialize(def, row);
  }

  async getOne(def: ResourceDef, id: number, ctx: Context): Promise<Row> {
    assertCan(ctx.actor, def, 'read');
    const row = await this.load(def, id);
    await assertInScope(this.db, def, ctx.actor, row);
    if (def.name === 'audit_log' && !hasRight(ctx.actor, 'audit')) {
      await this.guardAuditRead(def, {
        conditions: [
          { field: 'resource', op: 'eq', value: row.resource },
          { field: 'record_id', op: 'eq', value: row.record_id },
        ],
      }, ctx);
    }
    return this.present(def, ctx, row);
  }

  async create(def: ResourceDef, body: unknown, ctx: Context): Promise<Row> {
    assertCan(ctx.actor, def, 'create');
    const values = validateBody(def, dropMaskedEcho(def, ctx.actor, body, null), 'create');
    defaultOwner(def, ctx.actor, values);
    return this.db.transaction(async (trx) => {
      await validateRecord(trx, def, values, values);
      await assertInScope(trx, def, ctx.actor, values, true);
      await assertReferencesInScope(trx, def, ctx.actor, values, getResource);
      const stored = def.prepare ? await def.prepare(trx, values) : values;
      const stamp = now();
      const row: Row = forInsert({ ...toColumns(def, stored), created_at: stamp, updated_at: stamp, version: 1 });
      if (isSearchable(def)) row.search_text = searchTextOf(def, values);
      const [inserted] = await trx(def.table).insert(row, ['id']);
      const id = Number((inserted as Row).id);
      await def.afterWrite?.(trx, await this.load(def, id, trx));
      await def.afterRows?.(trx, [{ before: null, after: await this.load(def, id, trx) }], ctx);
      const created = await this.load(def, id, trx);
      await recordChange(trx, ctx, def, 'create', null, created, values);
      return this.present(def, ctx, created);
    });
  }

  async update(def: ResourceDef, id: number, body: unknown, ctx: Context): Promise<Row> {
    assertCan(ctx.actor, def, 'update');
    const expected = (body as Row | null)?.version;
    return this.db.transaction(async (trx) => {
      const before = await this.load(def, id, trx);
      await assertInScope(trx, def, ctx.actor, before);
      const values = validateBody(def, dropMaskedEcho(def, ctx.actor, body, before), 'update');
      if (typeof expected === 'number' && expected !== before.version) throw await this.conflict(trx, def, id);
      const record = { ...before, ...values };
      await validateRecord(trx, def, record, values, id);
      await assertInScope(trx, def, ctx.actor, record, true);
      await assertReferencesInScope(trx, def, ctx.actor, values, getResource);
      const stored = def.prepare ? await def.prepare(trx, values, id) : values;
      const row: Row = forUpdate(trx, { ...toColumns(def, stored), updated_at: now(), version: Number(before.version) + 1 });
      if (isSearchable(def)) row.search_text = searchTextOf(def, record);
      const n = await trx(def.table).where({ id, version: before.version }).update(row);
      if (n !== 1) throw await this.conflict(trx, def, id);
      // derived values follow both the old and the new parents (a visit moved to another vehicle or customer)
      await def.afterWrite?.(trx, before);
      await def.afterWrite?.(trx, await this.load(def, id, trx));
      await def.afterRows?.(trx, [{ before, after: await this.load(def, id, trx) }], ctx);
      const after = await this.load(def, id, trx);
      await recordChange(trx, ctx, def, 'update', before, after, values);
      return this.present(def, ctx, after);
    });
  }

  /** A stale write's 409 says who changed the record last and when (from the audit trail), so the user knows whom to ask. */
  private async conflict(trx: Knex, def: ResourceDef, id: number): Promise<AppError> {
    const last = await trx('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .where({ 'audit_log.resource': def.name, 'audit_log.record_id': id })
      .orderBy([{ column: 'audit_log.created_at', order: 'desc' }, { column: 'audit_log.id', order: 'desc' }])
      .first('audit_log.username', 'users.name', 'audit_log.created_at');
    if (!last) return new AppError(409, 'conflict');
    const at = `${new Date(last.created_at as string | Date).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    return new AppError(409, 'conflict', { version: reason('changed_by', { user: String(last.name ?? last.username), at }) });
  }

  async remove(def: ResourceDef, id: number, ctx: Context): Promise<Row> {
    assertCan(ctx.actor, def, 'delete');
    return this.db.transaction(async (trx) => {
      const before = await this.load(def, id, trx);
      await assertInScope(trx, def, ctx.actor, before);
      await def.beforeDelete?.(trx, before);
      // a custom reference field has no foreign key: a record it names is refused deletion like one a column names
      await assertUnreferenced(trx, def, [id], true);
      await trx(def.table).where({ id }).delete();
      await def.afterWrite?.(trx, before);
      await def.afterRows?.(trx, [{ before, after: null }], ctx);
      await recordChange(trx, ctx, def, 'delete', before, null);
      return this.present(def, ctx, before);
    });
  }
}
