import type { CustomKind } from '../../../server/resources/types';

/** Kinds whose values come from a lookup list, and the one that points at another record. */
export const CHOICE_KINDS: readonly CustomKind[] = ['choice', 'multi_choice'];

/** "WeChat ID" → "wechat_id": a key suggested from the English label while the admin has not typed one. */
export function suggestKey(label: string): string {
  const words = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  let key = words.join('_').slice(0, 40).replace(/_+$/, '');
  if (key && !/^[a-z]/.test(key)) key = `f_${key}`.slice(0, 40);
  return key.length >= 2 ? key : '';
}

export type FieldValues = Record<string, unknown>;

/**
 * The request body of the form's values: settings that do not apply to the kind are cleared (a list for a text
 * field), no role ticked means every role (null), an empty default or help is none, and on edit the key and
 * resource are not sent (they cannot change).
 */
export function toRequest(values: FieldValues, mode: 'create' | 'edit'): FieldValues {
  const kind = values.type as CustomKind | undefined;
  const out: FieldValues = { ...values };
  if (!kind || !CHOICE_KINDS.includes(kind)) out.lookup = null;
  if (kind !== 'reference') out.reference = null;
  for (const name of ['read_roles', 'edit_roles']) {
    const roles = out[name];
    out[name] = Array.isArray(roles) && roles.length ? roles : null;
  }
  for (const name of ['default_value', 'help_zh', 'help_en']) {
    const v = out[name];
    if (Array.isArray(v)) out[name] = v.length ? JSON.stringify(v) : null;
    else if (typeof v === 'boolean') out[name] = String(v);
    else if (typeof v === 'number') out[name] = String(v);
    else if (typeof v === 'string' && v.trim() === '') out[name] = null;
  }
  if (mode === 'edit') {
    delete out.key;
    delete out.resource;
  }
  return out;
}

/** A stored default (text) as the form's default input holds it for the kind (a list of codes, yes/no, a number). */
export function defaultForForm(kind: CustomKind | undefined, stored: unknown): unknown {
  if (stored == null || stored === '') return null;
  const text = String(stored);
  if (kind === 'multi_choice') {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.map(String) : [];
    } catch {
      return text.split(',').map((s) => s.trim()).filter(Boolean);
    }
  }
  if (kind === 'boolean') return text === 'true';
  if (kind === 'number' || kind === 'money') return Number(text);
  return text;
}
