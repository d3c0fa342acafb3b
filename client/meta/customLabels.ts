import type { Meta } from './types';

/**
 * Labels of what the admin configured (custom fields and the lookup lists they brought), by
 * translation key, for both languages: the i18n provider answers these keys from here, so every screen that
 * labels a field by `resources.<resource>.fields.<field>` labels custom fields too.
 */
type Labels = Map<string, { zh: string; en: string }>;
let labels: Labels = new Map();

export function setCustomLabels(meta: Meta): void {
  const next: Labels = new Map();
  for (const [resource, r] of Object.entries(meta.resources)) {
    for (const [name, field] of Object.entries(r.fields)) {
      const custom = field.custom;
      if (!custom) continue;
      next.set(`resources.${resource}.fields.${name}`, custom.label);
    }
  }
  for (const [list, label] of Object.entries(meta.lookupLists ?? {})) next.set(`enums.lookup_type.${list}`, label);
  labels = next;
}

/** The configured label of `key` in `locale`, or undefined when the key is not a configured one. */
export function customLabel(key: string, locale: string): string | undefined {
  const found = labels.get(key);
  return found ? (locale === 'en' ? found.en : found.zh) : undefined;
}
