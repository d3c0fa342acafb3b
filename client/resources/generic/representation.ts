import type { ResourceMeta } from '../../meta/types';
import { formatDate, formatDateTime } from '../../i18n/formats';

export interface Translator {
  translate: (key: string, options?: Record<string, unknown>) => string;
  getLocale: () => string;
}

type AnyRecord = Record<string, unknown> & { id?: unknown };

/**
 * How a record is named wherever it is referenced (reference cells, autocomplete options, page titles):
 * the value of the resource's meta `title` field, said in the current language.
 */
export function representationOf(resource: ResourceMeta, record: AnyRecord | undefined, i18n: Translator): string {
  if (!record) return '';
  const field = resource.fields[resource.title];
  const value = record[resource.title];
  const fallback = record.id !== undefined ? `#${String(record.id)}` : '';
  if (!field || value === null || value === undefined || value === '') return fallback;
  switch (field.type) {
    case 'enum':
      return i18n.translate(`enums.${field.enum}.${String(value)}`, { _: String(value) });
    case 'date':
      return formatDate(value, i18n.getLocale());
    case 'datetime':
      return formatDateTime(value, i18n.getLocale());
    default:
      return String(value);
  }
}
