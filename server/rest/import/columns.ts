import type { FieldDef, ResourceDef } from '../../resources/types.js';
import { fieldMessagesZh } from '../../../client/i18n/fields.zh.js';
import { fieldMessagesEn } from '../../../client/i18n/fields.en.js';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../reasons.js';

export type MatchedBy = 'mapping' | 'name' | 'label_en' | 'label_zh' | 'synonym';

export interface ColumnMatch {
  header: string;
  field: string | null;
  matchedBy: MatchedBy | null;
}

/** Headers people commonly use besides the field labels (Chinese Excel sheets from other systems). */
const SYNONYMS: Record<string, string[]> = {
  name: ['客户姓名', '客户名称', '名称', '名字'],
  phone: ['手机', '手机号', '手机号码', '电话', '电话号码', '联系方式', 'mobile', 'tel', 'telephone'],
  owner_id: ['负责人', '所属顾问', '销售', 'owner', 'sales consultant'],
  tier_id: ['等级', '会员级别', 'tier'],
  email: ['邮箱', 'e-mail', 'mail'],
  id_number: ['身份证', '身份证号码'],
  customer_id: ['客户', '客户姓名', 'customer'],
  vehicle_id: ['车辆', 'vehicle'],
};

/** "  联系电话* " → "联系电话", "ＰＨＯＮＥ" → "phone": case, spaces, full-width forms and required-marks do not matter. */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s*＊:：_]+/g, '');
}

/** Also the label without a trailing note in brackets: "意向客户（A卡）" → "意向客户". */
export function labelForms(label: string): string[] {
  const full = normalizeLabel(label);
  const bare = normalizeLabel(label.replace(/[（(][^（()）]*[)）]\s*$/, ''));
  return bare && bare !== full ? [full, bare] : [full];
}

/** The fields a file may fill: everything but what the server maintains. */
export function importableFields(def: ResourceDef): Record<string, FieldDef> {
  return Object.fromEntries(Object.entries(def.fields).filter(([, f]) => !f.readOnly));
}

type LabelTable = Record<string, { fields: Record<string, string> } | undefined>;

function candidates(def: ResourceDef): Map<string, { field: string; by: MatchedBy }> {
  const out = new Map<string, { field: string; by: MatchedBy }>();
  const add = (key: string, field: string, by: MatchedBy) => {
    if (key && !out.has(key)) out.set(key, { field, by });
  };
  const fields = Object.keys(importableFields(def));
  // custom fields are labelled by their definitions
  const custom = fields.flatMap((f) => (def.fields[f].custom ? [[f, def.fields[f].custom]] as const : []));
  const zh = { ...(fieldMessagesZh.resources as LabelTable)[def.name]?.fields, ...Object.fromEntries(custom.map(([f, c]) => [f, c.label.zh])) };
  const en = { ...(fieldMessagesEn.resources as LabelTable)[def.name]?.fields, ...Object.fromEntries(custom.map(([f, c]) => [f, c.label.en])) };
  // the most specific first: exact field names, then labels, then the short forms and synonyms
  for (const f of fields) add(normalizeLabel(f), f, 'name');
  for (const f of fields) if (zh[f]) for (const k of labelForms(zh[f])) add(k, f, 'label_zh');
  for (const f of fields) if (en[f]) for (const k of labelForms(en[f])) add(k, f, 'label_en');
  for (const f of fields) {
    if (f.endsWith('_id')) add(normalizeLabel(f.slice(0, -3)), f, 'name');
    for (const s of SYNONYMS[f] ?? []) add(normalizeLabel(s), f, 'synonym');
  }
  return out;
}

/**
 * Which field each column fills: the caller's mapping where it names the header, otherwise matched by field
 * name, English or Chinese label or a common synonym. A field is filled by one column at most.
 */
export function matchColumns(def: ResourceDef, headers: string[], mapping: Record<string, string | null> | null): ColumnMatch[] {
  const fields = importableFields(def);
  const errors: Record<string, Reason> = {};
  const taken = new Set<string>();
  const columns: ColumnMatch[] = headers.map((header) => ({ header, field: null, matchedBy: null }));
  if (mapping) {
    for (const column of columns) {
      if (!Object.hasOwn(mapping, column.header)) continue;
      const field = mapping[column.header];
      if (field === null || field === '') continue;
      if (typeof field !== 'string' || !Object.hasOwn(fields, field)) errors[column.header] = reason('unknown_field');
      else if (taken.has(field)) errors[field] = reason('mapped_twice');
      else {
        taken.add(field);
        column.field = field;
        column.matchedBy = 'mapping';
      }
    }
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  const known = candidates(def);
  for (const column of columns) {
    if (column.field || (mapping && Object.hasOwn(mapping, column.header))) continue;
    const hit = known.get(normalizeLabel(column.header));
    if (!hit || taken.has(hit.field)) continue;
    taken.add(hit.field);
    column.field = hit.field;
    column.matchedBy = hit.by;
  }
  return columns;
}

/** Required fields no column fills and the server cannot default. */
export function missingRequired(def: ResourceDef, columns: ColumnMatch[]): string[] {
  const mapped = new Set(columns.map((c) => c.field));
  return Object.entries(importableFields(def))
    .filter(([name, f]) => f.required && f.default === undefined && !mapped.has(name))
    .map(([name]) => name);
}

/** Parses the `mapping` form field: a JSON object of header → field name or null. */
export function parseMapping(raw: string | undefined): Record<string, string | null> | null {
  if (raw === undefined || raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badRequest({ mapping: reason('bad_json') });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest({ mapping: reason('not_object') });
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v !== 'string') throw badRequest({ mapping: reason('not_object') });
    out[k] = v;
  }
  return out;
}
