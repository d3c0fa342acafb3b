import { fieldMessagesEn } from '../../client/i18n/fields.en.js';
import { fieldMessagesZh } from '../../client/i18n/fields.zh.js';
import type { ResourceDef } from '../resources/types.js';
import type { Locale } from '../rest/reasons.js';
import { customLookupLists } from './customFields/customLists.js';

/**
 * The words the screens use, for what the server writes for people (export headers, file names): the
 * client's message files are the one source, read here as data.
 */
const messages = { zh: fieldMessagesZh, en: fieldMessagesEn } as const;

/** "客户档案", "Customers": the plural form of the resource's name (polyglot `singular |||| plural`). */
export function resourceLabel(def: ResourceDef, locale: Locale): string {
  const name = messages[locale].resources[def.name as keyof typeof fieldMessagesZh.resources]?.name;
  if (!name) return def.name;
  const forms = name.split('||||').map((s) => s.trim());
  return forms[forms.length - 1] || def.name;
}

export function fieldLabel(def: ResourceDef, field: string, locale: Locale): string {
  const custom = def.fields[field]?.custom;
  if (custom) return custom.label[locale];
  const resource = messages[locale].resources[def.name as keyof typeof fieldMessagesZh.resources];
  const fields: Record<string, string> | undefined = resource?.fields;
  return fields?.[field] ?? field;
}

/** A fixed-list value's label; the value itself when the list or value is unknown. */
export function enumLabel(list: string, value: string, locale: Locale): string {
  const lists: Record<string, Record<string, string> | undefined> = messages[locale].enums;
  if (list === 'lookup_type' && customLookupLists.has(value)) return customLookupLists.get(value)?.[locale] ?? value;
  return lists[list]?.[value] ?? value;
}

export function yesNo(value: boolean, locale: Locale): string {
  if (locale === 'zh') return value ? '是' : '否';
  return value ? 'Yes' : 'No';
}
