import { Chip, Stack, Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { useLookups } from '../lookups/useLookups';
import { lookupLabel } from '../lookups/lookupLabel';

export interface JsonFieldProps extends FieldProps {
  source: string;
  /** when an object's keys are codes of a lookup list (scores per service item), name them by their labels */
  keyLookup?: string;
}

/** A list of short texts (tags) as chips; an object (scores, a saved filter) as `key: value` chips. */
export function JsonField({ source, keyLookup }: JsonFieldProps) {
  const value = useFieldValue({ source });
  const { lookups } = useLookups();
  const [locale] = useLocaleState();
  if (value === null || value === undefined) return null;
  const keyName = (k: string) => (keyLookup ? lookupLabel(lookups, keyLookup, k, locale) : k);
  const items = Array.isArray(value)
    ? value.map((v) => String(v))
    : typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>).map(([k, v]) => `${keyName(k)}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      : [String(value)];
  if (items.length === 0) return null;
  if (items.length > 12) {
    return (
      <Typography variant="body2" component="pre" sx={{ m: 0, fontSize: '0.8rem' }}>
        {JSON.stringify(value, null, 2)}
      </Typography>
    );
  }
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {items.map((item) => (
        <Chip key={item} label={item} variant="outlined" />
      ))}
    </Stack>
  );
}
