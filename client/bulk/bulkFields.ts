import type { FieldMeta, ResourceMeta } from '../meta/types';
import { formFields } from '../resources/generic/columns';

/** A field holding a list of words (tags): bulk edit adds or removes words rather than replacing the list. */
export function isListField(field: FieldMeta): boolean {
  return field.type === 'json' && field.shape === 'string[]';
}

/**
 * The fields a bulk edit offers: what a person may type, less what makes no sense to set on many records at
 * once (the record's name, confidential values such as a phone or ID number, free-form structures).
 */
export function bulkFields(resource: ResourceMeta): string[] {
  return formFields(resource).filter((name) => {
    const field = resource.fields[name];
    if (name === resource.title || field.sensitive) return false;
    return field.type !== 'json' || isListField(field);
  });
}

export const ADD = '__add';
export const REMOVE = '__remove';

export interface BulkPayload {
  data: Record<string, unknown>;
  add?: Record<string, string[]>;
  remove?: Record<string, string[]>;
}

const words = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];

/**
 * The request body of a bulk edit from the dialog's form values: the chosen plain fields as they are (an
 * empty input clears the field), list fields as words to add and remove (`__add.tags`, `__remove.tags`).
 */
export function bulkPayload(resource: ResourceMeta, chosen: readonly string[], values: Record<string, unknown>): BulkPayload {
  const data: Record<string, unknown> = {};
  const add: Record<string, string[]> = {};
  const remove: Record<string, string[]> = {};
  const nested = (key: string) => (values[key] ?? {}) as Record<string, unknown>;
  for (const name of chosen) {
    const field = resource.fields[name];
    if (!field) continue;
    if (isListField(field)) {
      const plus = words(nested(ADD)[name]);
      const minus = words(nested(REMOVE)[name]);
      if (plus.length) add[name] = plus;
      if (minus.length) remove[name] = minus;
    } else {
      const value = values[name];
      data[name] = value === undefined || value === '' ? (field.type === 'boolean' ? false : null) : value;
    }
  }
  return {
    data,
    ...(Object.keys(add).length ? { add } : {}),
    ...(Object.keys(remove).length ? { remove } : {}),
  };
}

/** Whether the payload changes anything at all. */
export function isEmptyPayload(payload: BulkPayload): boolean {
  return !Object.keys(payload.data).length && !payload.add && !payload.remove;
}
