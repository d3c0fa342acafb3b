import { useLocale, useTranslate } from 'react-admin';
import { lookupLabel } from '../../lookups/lookupLabel';
import { useLookups } from '../../lookups/useLookups';
import { useResourceMeta } from '../../meta/MetaContext';
import { cellText } from './csvText';

/**
 * A parsed value as the screens show it: a fixed-list value or a lookup code by its label, a yes/no in words,
 * anything else as text (the server answers codes, so the user would otherwise see "beijing" for 北京).
 */
export function usePreviewText(resource: string): (field: string, value: unknown) => string {
  const translate = useTranslate();
  const locale = useLocale();
  const { lookups } = useLookups();
  const meta = useResourceMeta(resource);
  return (field, value) => {
    const def = meta.fields[field];
    if (def?.type === 'enum' && typeof value === 'string') return translate(`enums.${def.enum}.${value}`, { _: value });
    if (def?.type === 'lookup' && def.lookup && typeof value === 'string') return lookupLabel(lookups, def.lookup, value, locale) || value;
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    return cellText(value);
  };
}
