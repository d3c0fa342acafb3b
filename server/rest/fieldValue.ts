import { z } from 'zod';
import type { FieldDef } from '../resources/types.js';
import { enums, type EnumName } from '../resources/enums.js';
import { reason, type Reason } from './reasons.js';

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: Reason };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE = /^\+?[\d\s-]{3,20}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const email = z.email();
const stringList = z.array(z.string().max(60)).max(200);
const plainObject = z.record(z.string(), z.unknown());

const ok = (value: unknown): Parsed => ({ ok: true, value });
const fail = (r: Reason): Parsed => ({ ok: false, reason: r });

function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const MAX_JSON_DEPTH = 32;

/**
 * What makes a JSON value unstorable: nesting over `limit` levels (JSON.stringify's recursion overflows; the
 * body parser takes any depth) or a NUL in a key or text (PostgreSQL's jsonb refuses it). Walked level by level.
 */
function jsonProblem(value: unknown, limit: number): 'too_deep' | 'not_text' | null {
  let level: unknown[] = [value];
  for (let depth = 0; level.length; depth++) {
    if (depth >= limit) return 'too_deep';
    const next: unknown[] = [];
    for (const v of level) {
      if (typeof v === 'string' && v.includes('\u0000')) return 'not_text';
      if (!v || typeof v !== 'object') continue;
      for (const [key, child] of Object.entries(v)) {
        if (key.includes('\u0000')) return 'not_text';
        next.push(child);
      }
    }
    level = next;
  }
  return null;
}

export function enumOptions(field: FieldDef): readonly string[] {
  return field.enum ? enums[field.enum as EnumName] ?? [] : [];
}

/**
 * Checks one value against its field and returns it in the stored form.
 * `lenient` (query-string filters) also takes numbers and booleans written as text.
 */
export function parseFieldValue(field: FieldDef, raw: unknown, lenient = false): Parsed {
  if (raw === null || raw === undefined || (raw === '' && field.type !== 'string' && field.type !== 'text')) {
    return field.required ? fail(reason('required')) : ok(null);
  }
  switch (field.type) {
    case 'string':
    case 'text':
    case 'lookup': {
      // a NUL is no text, and PostgreSQL refuses it in a text column with an error (a 500)
      if ((typeof raw !== 'string' && !(lenient && typeof raw === 'number')) || String(raw).includes('\u0000')) return fail(reason('not_text'));
      const s = String(raw).trim();
      if (!s) return field.required ? fail(reason('required')) : ok(null);
      const max = field.max ?? (field.type === 'lookup' ? 60 : 255);
      if ([...s].length > max) return fail(reason('too_long', { max }));
      if (field.minLength !== undefined && [...s].length < field.minLength) return fail(reason('too_short', { min: field.minLength }));
      if (field.format === 'phone' && !PHONE.test(s)) return fail(reason('bad_phone'));
      if (field.format === 'email' && !email.safeParse(s).success) return fail(reason('bad_email'));
      if (field.format === 'color' && !COLOR.test(s)) return fail(reason('bad_color'));
      return ok(s);
    }
    case 'integer':
    case 'number':
    case 'money': {
      const n = typeof raw === 'number' ? raw : lenient && typeof raw === 'string' && raw.trim() !== '' ? Number(raw.replace(/[,，]/g, '')) : NaN;
      if (!Number.isFinite(n)) return fail(reason(field.type === 'integer' ? 'not_integer' : 'not_number'));
      if (field.type === 'integer' && !Number.isSafeInteger(n)) return fail(reason('not_integer'));
      if (field.type === 'money' && Math.abs(Math.round(n * 100) - n * 100) > 1e-6) return fail(reason('cents'));
      if (field.min !== undefined && n < field.min) return fail(reason('too_small', { min: field.min }));
      const max = field.max ?? (field.type === 'integer' ? 2_147_483_647 : 1e12);
      if (n > max) return fail(reason('too_big', { max }));
      if (field.min === undefined && n < -max) return fail(reason('too_small', { min: -max }));
      return ok(n);
    }
    case 'reference': {
      const n = typeof raw === 'number' ? raw : lenient && typeof raw === 'string' ? Number(raw) : NaN;
      if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) return fail(reason('not_id'));
      return ok(n);
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return ok(raw);
      if (lenient && (raw === 'true' || raw === 'false' || raw === 1 || raw === 0)) return ok(raw === 'true' || raw === 1);
      return fail(reason('not_boolean'));
    }
    case 'date': {
      if (typeof raw !== 'string' || !isRealDate(raw)) return fail(reason('not_date'));
      return ok(raw);
    }
    case 'datetime': {
      if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) {
        return fail(reason('not_datetime'));
      }
      const d = new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw);
      if (Number.isNaN(d.getTime()) || !isRealDate(raw.slice(0, 10))) return fail(reason('not_datetime'));
      return ok(d.toISOString());
    }
    case 'enum': {
      const options = enumOptions(field);
      if (typeof raw !== 'string' || !options.includes(raw)) return fail(reason('not_in_list', { options: options.join(', ') }));
      return ok(raw);
    }
    case 'json': {
      const problem = jsonProblem(raw, MAX_JSON_DEPTH);
      if (problem) return fail(problem === 'too_deep' ? reason('too_deep', { max: MAX_JSON_DEPTH }) : reason('not_text'));
      if (field.shape === 'string[]') {
        const r = stringList.safeParse(raw);
        return r.success ? ok([...new Set(r.data.map((s) => s.trim()).filter(Boolean))]) : fail(reason('not_string_list'));
      }
      if (field.shape === 'list') return Array.isArray(raw) ? ok(raw) : fail(reason('not_list'));
      const r = plainObject.safeParse(raw);
      return r.success && !Array.isArray(raw) ? ok(r.data) : fail(reason('not_object'));
    }
  }
}
