import type { FieldDef, ResourceDef } from '../../resources/types.js';
import { allFields } from '../../resources/types.js';
import { enumLabel, fieldLabel, yesNo } from '../../domain/labels.js';
import type { Locale } from '../reasons.js';

/** One value of an exported table: text, a number, or empty. */
export type Cell = string | number | null;

/**
 * Exported times are written on the dealership's clock, not in UTC: China keeps one time zone (UTC+8) all
 * year, so a fixed offset is enough. Change it here for a site elsewhere.
 */
export const EXPORT_UTC_OFFSET_MINUTES = 8 * 60;

const HIDDEN_SYSTEM = new Set(['created_at', 'updated_at', 'version']);

function exportable(field: FieldDef): boolean {
  return !field.writeOnly && !(field.type === 'json' && field.shape !== 'string[]');
}

/** Fields a `columns` list may name: everything stored and readable as a flat value (no JSON objects, no version). */
export function exportableFields(def: ResourceDef): string[] {
  return Object.entries(allFields(def)).filter(([name, f]) => name !== 'version' && exportable(f)).map(([name]) => name);
}

/** The columns of an export without `columns`: id first, then the resource's own fields in declared order. */
export function defaultColumns(def: ResourceDef): string[] {
  return exportableFields(def).filter((name) => !HIDDEN_SYSTEM.has(name));
}

/** "2026-11-23T02:05:00.000Z" → "2026-11-23 10:05" at the export offset. */
export function localDateTime(value: unknown): string | null {
  const time = value instanceof Date ? value.getTime() : Date.parse(String(value));
  if (Number.isNaN(time)) return value == null ? null : String(value);
  return new Date(time + EXPORT_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Today's date on the export clock, for file names. */
export function localToday(): string {
  return new Date(Date.now() + EXPORT_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** Resolved labels a cell may need: lookups by `type:code`, referenced records' titles by resource and id. */
export interface Labels {
  lookup(type: string, code: string): string;
  title(resource: string, id: number): string;
}

/** One field's stored value (as the database driver answers it) as a person reads it in a spreadsheet, in their language. */
export function cellOf(field: FieldDef, value: unknown, locale: Locale, labels: Labels): Cell {
  if (value === null || value === undefined || value === '') return null;
  switch (field.type) {
    case 'boolean': return yesNo(value === true || value === 1 || value === '1', locale);
    case 'enum': return field.enum ? enumLabel(field.enum, String(value), locale) : String(value);
    case 'lookup': return field.lookup ? labels.lookup(field.lookup, String(value)) : String(value);
    case 'reference': return field.reference ? labels.title(field.reference, Number(value)) : Number(value);
    case 'date': return String(value).slice(0, 10);
    case 'datetime': return localDateTime(value);
    case 'integer':
    case 'number':
    case 'money': {
      const n = Number(value);
      return Number.isFinite(n) ? n : String(value);
    }
    case 'json': {
      const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
      if (!Array.isArray(parsed)) return JSON.stringify(parsed);
      // a multiple choice reads as its labels, in the order chosen
      return parsed.map((item) => (field.lookup ? labels.lookup(field.lookup, String(item)) : String(item))).join(', ');
    }
    default: return String(value);
  }
}

/** The header row in the reader's language. */
export function headerOf(def: ResourceDef, columns: readonly string[], locale: Locale): string[] {
  return columns.map((c) => fieldLabel(def, c, locale));
}

const TYPE_WIDTH: Partial<Record<FieldDef['type'], number>> = {
  integer: 10, number: 12, money: 12, boolean: 6, date: 12, datetime: 17, text: 40, json: 24, reference: 16, enum: 14, lookup: 14,
};

/** A spreadsheet column width (in characters; CJK counts double) that fits the header and a typical value. */
export function widthOf(field: FieldDef, header: string): number {
  const headerWidth = [...header].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2;
  const typical = TYPE_WIDTH[field.type] ?? (field.max && field.max <= 30 ? 14 : 20);
  return Math.min(60, Math.max(headerWidth, typical));
}
