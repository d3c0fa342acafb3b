import type { CustomKind, FieldDef } from '../../resources/types.js';
import { parseFieldValue } from '../../rest/fieldValue.js';

const TEXTUAL: readonly CustomKind[] = ['text', 'long_text', 'phone', 'email'];

/** A stored value moved towards another kind before it is checked as that kind (a yes/no becomes 是/否 text …). */
function reshape(value: unknown, to: CustomKind): unknown {
  if (TEXTUAL.includes(to)) {
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'number') return String(value);
  }
  if (to === 'multi_choice' && typeof value === 'string') return [value];
  if (to === 'choice' && Array.isArray(value)) return value.length === 1 ? value[0] : value;
  if (to === 'boolean' && typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (['true', 'yes', 'y', '1', '是'].includes(t)) return true;
    if (['false', 'no', 'n', '0', '否'].includes(t)) return false;
  }
  if (to === 'boolean' && (value === 0 || value === 1)) return value === 1;
  return value;
}

/** One stored value as a value of the new kind, or null when it cannot become one. */
export function convertValue(value: unknown, to: CustomKind, field: FieldDef): { ok: true; value: unknown } | { ok: false } {
  const p = parseFieldValue({ ...field, required: false, default: undefined }, reshape(value, to), true);
  return p.ok && p.value !== null ? { ok: true, value: p.value } : { ok: false };
}
