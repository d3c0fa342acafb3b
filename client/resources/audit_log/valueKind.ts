import type { FieldMeta } from '../../meta/types';

/** Strings longer than this are cut in a change table, the whole text in a tooltip. */
export const LONG_TEXT = 60;

export type ValueKind =
  /** no value: an em-dash */
  | 'empty'
  /** a write-only value (a password): only "changed" */
  | 'redacted'
  /** shown as stored, as text (unknown or pseudo-fields, masked values) */
  | 'plain'
  /** long text, cut with a tooltip */
  | 'long'
  | 'boolean'
  /** another record, by its title */
  | 'reference'
  /** rendered by the field's own list/show component (enum chip, lookup label, date, money, tags…) */
  | 'field';

const isMasked = (value: unknown) => typeof value === 'string' && value.includes('****');

/** How one value of a change is shown, from the field's metadata. */
export function valueKind(field: FieldMeta | undefined, value: unknown, redacted = false): ValueKind {
  if (redacted) return 'redacted';
  if (value === null || value === undefined || value === '') return 'empty';
  if (Array.isArray(value) && value.length === 0) return 'empty';
  if (!field) return typeof value === 'string' && value.length > LONG_TEXT ? 'long' : 'plain';
  // a value the reader may not see comes back masked ("138****5678"), whatever the field's type
  if (field.sensitive && isMasked(value)) return 'plain';
  switch (field.type) {
    case 'boolean':
      return 'boolean';
    case 'reference':
      return typeof value === 'number' || typeof value === 'string' ? 'reference' : 'plain';
    case 'text':
      return 'long';
    case 'string':
      return typeof value === 'string' && value.length > LONG_TEXT ? 'long' : 'field';
    default:
      return 'field';
  }
}

/** A value with no field component to show it, as text. */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
