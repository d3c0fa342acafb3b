import type { FieldDef, ResourceDef } from '../resources/types.js';
import { allFields } from '../resources/types.js';
import { badRequest } from '../errors.js';
import { parseFieldValue } from './fieldValue.js';
import { reason, type Reason } from './reasons.js';
import { isItemList } from './columns.js';

export const MAX_PAGE = 1000;

/** `virtual`: a filter of the resource's own (`virtualFilters`), not a field */
export type Op = 'eq' | 'neq' | 'in' | 'gte' | 'lte' | 'gt' | 'lt' | 'null' | 'virtual';
export interface Condition {
  field: string;
  op: Op;
  value: unknown;
}
export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
  conditions: Condition[];
  q: string | null;
}

const SUFFIXES: [string, Op][] = [['_gte', 'gte'], ['_lte', 'lte'], ['_gt', 'gt'], ['_lt', 'lt'], ['_neq', 'neq'], ['_null', 'null']];

function parseJson(raw: unknown, name: string, errors: Record<string, Reason>): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    errors[name] = reason('bad_json');
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    errors[name] = reason('bad_json');
    return undefined;
  }
}

function splitKey(key: string, fields: Record<string, FieldDef>): { field: string; op: Op } {
  if (Object.hasOwn(fields, key)) return { field: key, op: 'eq' };
  for (const [suffix, op] of SUFFIXES) {
    if (key.endsWith(suffix)) return { field: key.slice(0, -suffix.length), op };
  }
  return { field: key, op: 'eq' };
}

function parseCondition(key: string, raw: unknown, fields: Record<string, FieldDef>, errors: Record<string, Reason>): Condition | null {
  const { field, op } = splitKey(key, fields);
  const found = Object.hasOwn(fields, field) ? fields[field] : undefined;
  if (!found || !(found.filterable || field === 'id') || (found.type === 'json' && !isItemList(found))) {
    errors[key] = reason('unknown_field');
    return null;
  }
  // a multiple choice is filtered by the codes it holds: each value is one code
  const def: FieldDef = isItemList(found) ? { type: 'lookup', lookup: found.lookup } : found;
  const lenient = { ...def, required: false };
  if (op === 'null') {
    const p = parseFieldValue({ type: 'boolean' }, raw, true);
    if (!p.ok) errors[key] = p.reason;
    return p.ok ? { field, op, value: p.value } : null;
  }
  if (Array.isArray(raw)) {
    if (op !== 'eq' && op !== 'neq') {
      errors[key] = reason('not_in_list', { options: 'a single value' });
      return null;
    }
    const values: unknown[] = [];
    for (const item of raw) {
      const p = parseFieldValue(lenient, item, true);
      if (!p.ok) {
        errors[key] = p.reason;
        return null;
      }
      values.push(p.value);
    }
    return { field, op: op === 'eq' ? 'in' : 'neq', value: values };
  }
  const p = parseFieldValue(lenient, raw, true);
  if (!p.ok) {
    errors[key] = p.reason;
    return null;
  }
  return { field, op, value: p.value };
}

const shortValue = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 100) || (typeof v === 'number' && Number.isFinite(v));
/** A resource's own filter takes a short text, a number or a short list of them; the filter itself judges the meaning. */
const virtualValue = (v: unknown) => shortValue(v) || (Array.isArray(v) && v.length <= 100 && v.every(shortValue));

/** Reads ra-data-simple-rest's `sort`, `range` and `filter` parameters; anything unknown or malformed is a 400. */
export function parseListQuery(def: ResourceDef, query: Record<string, unknown>): ListQuery {
  const errors: Record<string, Reason> = {};
  const fields = allFields(def);

  let sort: [string, 'ASC' | 'DESC'] = def.defaultSort;
  const rawSort = parseJson(query.sort, 'sort', errors);
  if (rawSort !== undefined) {
    const [f, dir] = Array.isArray(rawSort) ? rawSort : [];
    const upper = typeof dir === 'string' ? dir.toUpperCase() : dir === undefined ? 'ASC' : '';
    if (typeof f !== 'string' || (upper !== 'ASC' && upper !== 'DESC')) errors.sort = reason('bad_sort');
    else if (!Object.hasOwn(fields, f) || !(fields[f].sortable || f === 'id')) errors.sort = reason('unknown_field');
    else sort = [f, upper];
  }

  let range: [number, number] = [0, MAX_PAGE - 1];
  const rawRange = parseJson(query.range, 'range', errors);
  if (rawRange !== undefined) {
    const [a, b] = Array.isArray(rawRange) && rawRange.length === 2 ? rawRange : [];
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0 || b < a || b - a >= MAX_PAGE) {
      errors.range = reason('bad_range', { max: MAX_PAGE });
    } else range = [a, b];
  }

  const conditions: Condition[] = [];
  let q: string | null = null;
  const rawFilter = parseJson(query.filter, 'filter', errors);
  if (rawFilter !== undefined) {
    if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter)) errors.filter = reason('bad_filter');
    else {
      for (const [key, value] of Object.entries(rawFilter)) {
        if (key === 'q') {
          if ((typeof value !== 'string' && typeof value !== 'number') || String(value).includes('\u0000')) errors.q = reason('not_text');
          else if (String(value).trim()) q = String(value).trim().slice(0, 100);
          continue;
        }
        if (def.virtualFilters && Object.hasOwn(def.virtualFilters, key)) {
          if (!virtualValue(value)) errors[key] = reason('not_text');
          else conditions.push({ field: key, op: 'virtual', value });
          continue;
        }
        const c = parseCondition(key, value, fields, errors);
        if (c) conditions.push(c);
      }
    }
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  return { sort, range, conditions, q };
}
