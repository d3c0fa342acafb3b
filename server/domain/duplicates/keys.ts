import { normalize } from '../searchText.js';

/**
 * The normalised values two records of one person share even when typed differently: phone digits without
 * separators or the +86 country code, names without spaces and case, e-mail in lower case, ID numbers in upper
 * case, addresses without spaces and punctuation. The SQL forms (for grouping in the database) and the
 * JavaScript forms (for scoring a pair) give the same keys.
 */

const PHONE_SEPARATORS = [' ', '-', '+', '(', ')', '.'];
const ADDRESS_PUNCTUATION = [' ', ',', '，', '、', '-', '—', '#', '.', '。', '(', ')', '（', '）'];

const stripSql = (expr: string, chars: readonly string[]) =>
  chars.reduce((sql, c) => `replace(${sql}, '${c}', '')`, expr);

/** Digits of a phone column, without a leading 86 / 0086 (the country code of mainland China). */
export function phoneKeySql(column: string): string {
  const d = stripSql(`trim(${column})`, PHONE_SEPARATORS);
  return `(CASE WHEN length(${d}) = 13 AND substr(${d}, 1, 2) = '86' THEN substr(${d}, 3)`
    + ` WHEN length(${d}) = 15 AND substr(${d}, 1, 4) = '0086' THEN substr(${d}, 5) ELSE ${d} END)`;
}

export const nameKeySql = (column: string): string => `replace(lower(trim(${column})), ' ', '')`;
export const emailKeySql = (column: string): string => `lower(trim(${column}))`;
export const idNumberKeySql = (column: string): string => `upper(replace(trim(${column}), ' ', ''))`;
export const addressKeySql = (column: string): string => stripSql(`lower(${column})`, ADDRESS_PUNCTUATION);

export function phoneKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let d = value.trim();
  for (const c of PHONE_SEPARATORS) d = d.split(c).join('');
  if (d.length === 13 && d.startsWith('86')) d = d.slice(2);
  else if (d.length === 15 && d.startsWith('0086')) d = d.slice(4);
  return d.length >= MIN_LENGTH.phone ? d : null;
}

export function nameKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const k = normalize(value).replace(/\s+/g, '');
  return k || null;
}

export function emailKey(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length >= MIN_LENGTH.email ? value.trim().toLowerCase() : null;
}

export function idNumberKey(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length >= MIN_LENGTH.id_number ? value.replace(/\s+/g, '').toUpperCase() : null;
}

export function addressKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let k = value.toLowerCase();
  for (const c of ADDRESS_PUNCTUATION) k = k.split(c).join('');
  return k.length >= MIN_LENGTH.address ? k : null;
}

/** Shorter values say too little to group by (a phone "110", an address "成都"). */
export const MIN_LENGTH = { phone: 7, email: 6, id_number: 8, address: 6, name: 2 } as const;
