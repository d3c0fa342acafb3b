import type { Knex } from 'knex';
import type { Reason } from '../rest/reasons.js';
import type { Access } from './access.js';
import type { AuditContext } from '../domain/audit.js';
import type { Actor } from '../auth/roles.js';
import type { Role } from '../auth/roles.js';

/** The kinds of field an admin may add (server/domain/customFields/kinds.ts maps each to a FieldDef). */
export type CustomKind =
  | 'text' | 'long_text' | 'number' | 'money' | 'date' | 'boolean' | 'choice' | 'multi_choice' | 'reference' | 'phone' | 'email';

/** What marks a field as added by an admin: stored in the record's JSON column `custom`, labelled by its definition. */
export interface CustomFieldInfo {
  /** the id of its `custom_fields` row */
  id: number;
  kind: CustomKind;
  label: { zh: string; en: string };
  help: { zh: string | null; en: string | null };
  /** roles that may see it (null: whoever reads the record) */
  readRoles: readonly Role[] | null;
  /** roles that may change it (null: whoever may change the record) */
  editRoles: readonly Role[] | null;
  /** kept and served, but left off the screens until shown again */
  hidden: boolean;
}

export type FieldType =
  | 'string' // short text
  | 'text' // long text
  | 'integer'
  | 'number' // decimal (an area, a rate); custom fields only so far
  | 'money' // decimal yuan, two places
  | 'boolean'
  | 'date' // YYYY-MM-DD
  | 'datetime' // ISO 8601, stored in UTC
  | 'enum' // one of a fixed list (enums.ts), labelled by i18n
  | 'lookup' // a code from the configurable `lookups` of one type
  | 'reference' // id of a record of another resource
  | 'json'; // structured value (arrays of tags, score maps, saved filters)

export interface FieldDef {
  type: FieldType;
  required?: boolean;
  /** string: max length; integer/money: max value */
  max?: number;
  /** integer/money: min value */
  min?: number;
  /** enum: name of the list in enums.ts */
  enum?: string;
  /** lookup: lookup type */
  lookup?: string;
  /** reference: target resource */
  reference?: string;
  /** string formats checked on write */
  format?: 'phone' | 'email' | 'color'; // color: #RRGGBB
  sortable?: boolean;
  filterable?: boolean;
  /** part of the full-text `q` search; 'pinyin' also indexes the pinyin of Chinese text */
  searchable?: boolean | 'pinyin';
  /** maintained by the server; ignored in request bodies */
  readOnly?: boolean;
  /** confidential: masked for roles without the right to see it ('contact': full phone numbers, 'identity': ID numbers) */
  sensitive?: 'contact' | 'identity';
  /** accepted on write, never stored as is nor answered (a password, stored as its hash by `prepare`) */
  writeOnly?: boolean;
  /** min length of a string */
  minLength?: number;
  /** json: the shape the value must have ('list': any JSON array, its items checked by the resource's `validate`) */
  shape?: 'string[]' | 'object' | 'list';
  default?: string | number | boolean | readonly string[];
  /** an admin's field (custom_fields), its value kept in the JSON column `custom` */
  custom?: CustomFieldInfo;
}

export type Row = Record<string, unknown>;

/** Runs inside the write transaction after a row is created, updated or deleted (given the row as it now is, or was). */
export type WriteHook = (trx: Knex.Transaction, record: Row) => Promise<void>;

/**
 * Runs inside the write transaction once per request (once per chunk of a bulk change or an import), after
 * the rows are written, given every version of the rows written (as they were before and as they are now;
 * a created row has no before, a deleted one no after). For effects that belong to each row rather than to
 * its parents (the points a purchase earns), done set-wise.
 */
export type RowsHook = (trx: Knex.Transaction, changes: readonly RowChange[], ctx: AuditContext) => Promise<void>;

export interface RowChange {
  before: Row | null;
  after: Row | null;
}

/**
 * Rows that belong to a person rather than to a customer (saved list views): for every role, reads are narrowed to
 * the rows `readable` lets through (lists, exports, bulk selections) and `mayRead` allows (one record, the record
 * before a write), and a new row belongs to whoever creates it.
 */
export interface PersonalRows {
  /** the column naming the user a row belongs to; the server sets it to the creator, nobody writes it */
  owner: string;
  /** narrows a query on `table` to the rows the actor may read */
  readable: (qb: Knex.QueryBuilder, actor: Actor, table: string) => void;
  /** the same rule for one row */
  mayRead: (row: Row, actor: Actor) => boolean;
}

/** Checks a whole record (after merging an update) beyond single fields; answers field → reason. */
export type RecordRule = (record: Row) => Record<string, Reason> | null;

export interface ResourceDef {
  name: string;
  table: string;
  /** the menu group the resource appears under */
  group: 'customers' | 'care' | 'events' | 'membership' | 'settings';
  fields: Record<string, FieldDef>;
  /** the field that names a record (shown wherever a record is referenced) */
  title: string;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** columns unique together, checked before write so the user gets a field error, not a SQL error */
  unique?: string[][];
  validate?: RecordRule;
  afterWrite?: WriteHook;
  afterRows?: RowsHook;
  /** refuses deleting a record the domain still needs (a tier that members hold) with a 400 */
  beforeDelete?: (trx: Knex.Transaction, record: Row) => Promise<void>;
  /** the only fields `afterRows` reads (a set-wise change then reads just these, not whole rows) */
  afterRowsFields?: string[];
  /**
   * List filters beyond the fields (the customers a what-if would move): filter key → condition on the query.
   * The value is the filter's raw value; a bad one throws a 400 naming the key.
   */
  virtualFilters?: Record<string, (qb: Knex.QueryBuilder, value: unknown, db: Knex) => void>;
  /** turns checked values into columns before they are written (hashes a password); may look at the stored row */
  prepare?: (trx: Knex.Transaction, values: Row, id?: number) => Promise<Row>;
  /** columns of the table the API never reads nor writes (password hashes) */
  internalColumns?: string[];
  /** who may read, create, update and delete */
  access: Access;
  /**
   * How a record belongs to a customer, for roles that see only their own customers:
   * the customer's owner column, or the column naming the customer.
   */
  scope?: { owner: string } | { customer: string };
  /**
   * Rows may be imported from CSV/XLSX; `duplicateKey` names the field that identifies an existing record
   * (a customer's phone, a vehicle's VIN) for the skip / update / create choice.
   */
  importable?: { duplicateKey?: string };
  /** writes are recorded in the audit trail unless false */
  audited?: boolean;
  /** rows kept per person (saved list views): who reads which, for every role */
  personal?: PersonalRows;
  /** an admin may add fields to it (its table has the JSON column `custom`) */
  customizable?: boolean;
}

/** Columns every table has, managed by the engine. */
export const systemFields: Record<string, FieldDef> = {
  id: { type: 'integer', sortable: true, filterable: true, readOnly: true },
  created_at: { type: 'datetime', sortable: true, filterable: true, readOnly: true },
  updated_at: { type: 'datetime', sortable: true, filterable: true, readOnly: true },
  version: { type: 'integer', readOnly: true },
};

const fieldsOf = new WeakMap<Record<string, FieldDef>, Record<string, FieldDef>>();

/**
 * System fields and the definition's own; built once per field set (it is read for every row served), again when
 * the admin's custom fields change the set.
 */
export function allFields(def: ResourceDef): Record<string, FieldDef> {
  let fields = fieldsOf.get(def.fields);
  if (!fields) {
    fields = { ...systemFields, ...def.fields };
    fieldsOf.set(def.fields, fields);
  }
  return fields;
}

export const isCustom = (field: FieldDef | undefined): boolean => field?.custom !== undefined;

export function storedFields(def: ResourceDef): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(allFields(def)).filter(([, f]) => !f.writeOnly));
}

export function isSearchable(def: ResourceDef): boolean {
  return Object.values(def.fields).some((f) => f.searchable);
}
