import { Button, Chip, Stack } from '@mui/material';
import FilterAltIcon from '@mui/icons-material/FilterAltOutlined';
import { useListContext, useLocaleState, useResourceContext, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { useLookups } from '../../lookups/useLookups';
import { lookupLabel } from '../../lookups/lookupLabel';
import { formatDate } from '../../i18n/formats';
import { dayOf, hiddenFilterKeys, parseFilterKey } from './filterChipText';
import { virtualFilterText } from './virtualFilterText';

/**
 * The filters a list carries that no input on screen shows — what a report's bar or tile opened the list with
 * ("车型：朗逸", "建档时间（起）：2026-01-01", "流失月份：2026-03") — as chips whose ✕ drops one, and a button that drops
 * them all. Without it a drilled-down list would silently show fewer rows than the filter bar suggests.
 */
export function DrillFilterChips({ inputs }: { inputs: readonly string[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { lookups } = useLookups();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const hidden = hiddenFilterKeys(filterValues as Record<string, unknown>, inputs);
  if (hidden.length === 0) return null;

  const valueText = (field: string, value: unknown): string => {
    const special = virtualFilterText(field, value, translate, (lookup, code) => lookupLabel(lookups, lookup, code, locale));
    if (special !== null) return special;
    if (Array.isArray(value)) return value.map((v) => valueText(field, v)).join('、');
    const f = meta.fields[field];
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    if (f?.type === 'enum' && f.enum) return translate(`enums.${f.enum}.${String(value)}`, { _: String(value) });
    if (f?.type === 'lookup' && f.lookup) return lookupLabel(lookups, f.lookup, value, locale);
    if (f?.type === 'date' || f?.type === 'datetime') return formatDate(dayOf(String(value)), locale);
    if (f?.type === 'reference') return `#${String(value)}`;
    // a list filter named after a lookup (`vehicle_model`) holds that lookup's codes
    if (!f && lookups.some((l) => l.type === field)) return lookupLabel(lookups, field, value, locale);
    return String(value);
  };
  const pair = (name: string, value: string) => translate('crm.filters.pair', { name, value });
  const label = (key: string): string => {
    const { field, op } = parseFilterKey(key, meta.fields);
    const name = translate(`resources.${resource}.fields.${field}`, { _: field });
    const value = filterValues[key];
    switch (op) {
      case 'gte': case 'gt': return pair(translate('crm.filters.from', { field: name }), valueText(field, value));
      case 'lte': case 'lt': return pair(translate('crm.filters.to', { field: name }), valueText(field, value));
      case 'null': return pair(name, translate(value === true || value === 'true' ? 'crm.filters.empty' : 'crm.filters.not_empty'));
      case 'neq': return `${name} ≠ ${valueText(field, value)}`;
      default: return pair(name, valueText(field, value));
    }
  };
  const drop = (keys: string[]) => {
    const next = { ...(filterValues as Record<string, unknown>) };
    for (const key of keys) delete next[key];
    setFilters(next, displayedFilters);
  };
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', px: { xs: 1, sm: 2 }, py: 1 }} data-testid="drill-filters">
      {hidden.map((key) => (
        <Chip key={key} size="small" color="primary" variant="outlined" icon={<FilterAltIcon />} label={label(key)} onDelete={() => drop([key])} data-testid={`drill-filter-${key}`} />
      ))}
      {hidden.length > 1 && <Button size="small" onClick={() => drop(hidden)}>{translate('crm.filters.clear_hidden')}</Button>}
    </Stack>
  );
}
