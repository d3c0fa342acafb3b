import type { Knex } from 'knex';
import type { ResourceDef, Row } from '../resources/types.js';
import { allFields, isSearchable } from '../resources/types.js';
import { AppError } from '../errors.js';
import { buildSearchText } from '../domain/searchText.js';
import type { Condition, ListQuery } from './listQuery.js';
import { applySearch } from './search.js';
import { serialize, toColumn } from './serialize.js';
import { validateBody, validateRecord } from './validate.js';

const now = () => new Date().toISOString();

function columnsOf(def: ResourceDef): string[] {
  return Object.keys(allFields(def)).map((c) => `${def.table}.${c}`);
}

function applyCondition(qb: Knex.QueryBuilder, table: string, c: Condition): void {
  const col = `${table}.${c.field}`;
  switch (c.op) {
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

function toRow(def: ResourceDef, values: Row): Row {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toColumn(def, k, v)]));
}

/** Generic CRUD over one resource definition; every write runs in one transaction. */
export class ResourceService {
  constructor(private readonly db: Knex) {}

  filtered(def: ResourceDef, query: Pick<ListQuery, 'conditions' | 'q'>): Knex.QueryBuilder {
    const qb = this.db(def.table);
    for (const c of query.conditions) applyCondition(qb, def.table, c);
    if (query.q && isSearchable(def)) applySearch(this.db, qb, def.table, query.q);
    return qb;
  }

  async list(def: ResourceDef, query: ListQuery): Promise<{ rows: Row[]; total: number }> {
    const [field, dir] = query.sort;
    const order = dir.toLowerCase() as 'asc' | 'desc';
    const rows: Row[] = await this.filtered(def, query)
      .select(columnsOf(def))
      .orderBy([{ column: `${def.table}.${field}`, order }, { column: `${def.table}.id`, order }])
      .offset(query.range[0])
      .limit(query.range[1] - query.range[0] + 1);
    let total = query.range[0] + rows.length;
    if (query.range[0] > 0 || rows.length > query.range[1] - query.range[0]) {
      const counted = await this.filtered(def, query).count({ n: '*' }).first();
      total = Number(counted?.n ?? 0);
    }
    return { rows: rows.map((r) => serialize(def, r)), total };
  }

  async getOne(def: ResourceDef, id: number, trx: Knex = this.db): Promise<Row> {
    const row = await trx(def.table).where({ id }).first(columnsOf(def));
    if (!row) throw new AppError(404, 'not_found');
    return serialize(def, row);
  }

  async create(def: ResourceDef, body: unknown): Promise<Row> {
    const values = validateBody(def, body, 'create');
    return this.db.transaction(async (trx) => {
      await validateRecord(trx, def, values, values);
      const stamp = now();
      const row: Row = { ...toRow(def, values), created_at: stamp, updated_at: stamp, version: 1 };
      if (isSearchable(def)) row.search_text = searchTextOf(def, values);
      const [inserted] = await trx(def.table).insert(row, ['id']);
      const created = await this.getOne(def, Number((inserted as Row).id), trx);
      await def.afterWrite?.(trx, created);
      return this.getOne(def, Number(created.id), trx);
    });
  }

  async update(def: ResourceDef, id: number, body: unknown): Promise<Row> {
    const values = validateBody(def, body, 'update');
    const expected = (body as Row | null)?.version;
    return this.db.transaction(async (trx) => {
      const before = await this.getOne(def, id, trx);
      if (typeof expected === 'number' && expected !== before.version) throw new AppError(409, 'conflict');
      const record = { ...before, ...values };
      await validateRecord(trx, def, record, values, id);
      const row: Row = { ...toRow(def, values), updated_at: now(), version: Number(before.version) + 1 };
      if (isSearchable(def)) row.search_text = searchTextOf(def, record);
      const n = await trx(def.table).where({ id, version: before.version }).update(row);
      if (n !== 1) throw new AppError(409, 'conflict');
      const after = await this.getOne(def, id, trx);
      // derived values follow both the old and the new parents (a visit moved to another vehicle or customer)
      await def.afterWrite?.(trx, before);
      await def.afterWrite?.(trx, after);
      return this.getOne(def, id, trx);
    });
  }

  async remove(def: ResourceDef, id: number): Promise<Row> {
    return this.db.transaction(async (trx) => {
      const before = await this.getOne(def, id, trx);
      await trx(def.table).where({ id }).delete();
      await def.afterWrite?.(trx, before);
      return before;
    });
  }
}
