import type { Knex } from 'knex';
import type { FieldDef } from '../../resources/types.js';
import { enums, type EnumName } from '../../resources/enums.js';
import { fieldMessagesZh } from '../../../client/i18n/fields.zh.js';
import { fieldMessagesEn } from '../../../client/i18n/fields.en.js';
import { parseFieldValue, type Parsed } from '../fieldValue.js';
import { reason } from '../reasons.js';
import { labelForms, normalizeLabel } from './columns.js';
import type { Cell } from './sheet.js';

/**
 * Turns a spreadsheet cell into a field's stored value: what people type in Excel (labels instead of codes,
 * 是/否, 2026/3/1, "1,200.00", date cells) becomes what the API would accept, then the API's own check runs.
 */

/** Label (normalized) → code, for every fixed list and every lookup type. */
export interface Dictionaries {
  enums: Map<string, Map<string, string>>;
  enumOptions: Map<string, string>;
  lookups: Map<string, Map<string, string>>;
}

type EnumLabels = Record<string, Record<string, string>>;

export async function loadDictionaries(db: Knex): Promise<Dictionaries> {
  const zh = fieldMessagesZh.enums as EnumLabels;
  const en = fieldMessagesEn.enums as EnumLabels;
  const enumMaps = new Map<string, Map<string, string>>();
  const enumOptions = new Map<string, string>();
  for (const [list, codes] of Object.entries(enums) as [EnumName, readonly string[]][]) {
    const map = new Map<string, string>();
    for (const code of codes) map.set(normalizeLabel(code), code);
    for (const code of codes) {
      for (const label of [zh[list]?.[code], en[list]?.[code]]) {
        if (label) for (const k of labelForms(label)) if (!map.has(k)) map.set(k, code);
      }
    }
    enumMaps.set(list, map);
    enumOptions.set(list, codes.map((c) => (zh[list]?.[c] ? `${zh[list][c]}/${c}` : c)).join(', '));
  }
  const lookups = new Map<string, Map<string, string>>();
  const rows: { type: string; code: string; label_zh: string; label_en: string }[] = await db('lookups').select('type', 'code', 'label_zh', 'label_en');
  for (const r of rows) {
    let map = lookups.get(r.type);
    if (!map) lookups.set(r.type, (map = new Map()));
    map.set(normalizeLabel(r.code), r.code);
  }
  for (const r of rows) {
    const map = lookups.get(r.type);
    for (const label of [r.label_zh, r.label_en]) {
      if (map && label) for (const k of labelForms(label)) if (!map.has(k)) map.set(k, r.code);
    }
  }
  return { enums: enumMaps, enumOptions, lookups };
}

const TRUE = new Set(['true', '1', 'yes', 'y', '是', '√', '✓', '对', '有']);
const FALSE = new Set(['false', '0', 'no', 'n', '否', '×', '✗', '无', '不']);

const pad = (n: string) => n.padStart(2, '0');
const DAY_MS = 86_400_000;
/** Excel's day 0 (1899-12-30, after its 1900 leap-year quirk). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as text ("" when empty); dates as YYYY-MM-DD or ISO. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().replace('T00:00:00.000Z', '');
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return String(cell).trim();
}

/** 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301, an Excel date cell or day number → "2026-03-01" (or the text as is). */
function dateText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' && cell > 0 && cell < 2_958_466) return new Date(EXCEL_EPOCH + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10);
  const s = cellText(cell);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]0{1,2}:00(?::00)?)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  return m ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : s;
}

function dateTimeText(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'number' && cell > 0 && cell < 2_958_466) return new Date(EXCEL_EPOCH + Math.round(cell * DAY_MS)).toISOString();
  const s = cellText(cell);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return s;
  const date = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  return m[4] === undefined ? date : `${date} ${pad(m[4])}:${m[5]}:${m[6] ?? '00'}`;
}

/** The stored value of one non-reference cell. */
export function parseCell(field: FieldDef, cell: Cell, dict: Dictionaries): Parsed {
  const text = cellText(cell);
  if (text === '' && field.type !== 'string' && field.type !== 'text') return parseFieldValue(field, null);
  switch (field.type) {
    case 'string':
    case 'text':
      return parseFieldValue(field, text, true);
    case 'integer':
    case 'number':
    case 'money':
      return parseFieldValue(field, typeof cell === 'number' ? cell : text.replace(/[,，\s¥￥元]/g, ''), true);
    case 'boolean': {
      const key = normalizeLabel(text);
      if (TRUE.has(key)) return { ok: true, value: true };
      if (FALSE.has(key)) return { ok: true, value: false };
      return { ok: false, reason: reason('not_boolean') };
    }
    case 'date':
      return parseFieldValue(field, dateText(cell), true);
    case 'datetime':
      return parseFieldValue(field, dateTimeText(cell), true);
    case 'enum': {
      const list = field.enum ?? '';
      const code = dict.enums.get(list)?.get(normalizeLabel(text));
      if (code) return { ok: true, value: code };
      return { ok: false, reason: reason('not_in_labels', { value: text, options: dict.enumOptions.get(list) ?? '' }) };
    }
    case 'lookup': {
      const code = dict.lookups.get(field.lookup ?? '')?.get(normalizeLabel(text));
      if (code) return { ok: true, value: code };
      return { ok: false, reason: reason('unknown_lookup', { value: text, lookup: field.lookup ?? '' }) };
    }
    case 'json': {
      if (field.shape === 'string[]') {
        const items = text.startsWith('[') ? safeJson(text) : text.split(/[,，;；、|\n]/);
        if (!field.lookup || !Array.isArray(items)) return parseFieldValue(field, items);
        // a multiple choice from a lookup: each item by its code or either label, as the export wrote it
        const codes: string[] = [];
        for (const item of items.map((i) => String(i).trim()).filter(Boolean)) {
          const code = dict.lookups.get(field.lookup)?.get(normalizeLabel(item));
          if (!code) return { ok: false, reason: reason('unknown_lookup', { value: item, lookup: field.lookup }) };
          codes.push(code);
        }
        return parseFieldValue(field, codes);
      }
      return parseFieldValue(field, safeJson(text));
    }
    case 'reference':
      // the id or name as written; the caller looks the record up (once per chunk of rows)
      return { ok: true, value: text };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
