import { Chip, Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { useLookups } from './useLookups';
import { findLookup, labelOf } from './lookupLabel';

export interface LookupFieldProps extends FieldProps {
  source: string;
  /** the lookup type (`region`, `source`, …) */
  lookup: string;
}

/** A lookup code shown as its label in the current language; a coloured chip when the entry has a colour. */
export function LookupField({ source, lookup }: LookupFieldProps) {
  const value = useFieldValue({ source });
  const { lookups } = useLookups();
  const [locale] = useLocaleState();
  if (value === null || value === undefined || value === '') return null;
  const entry = findLookup(lookups, lookup, value);
  const label = entry ? labelOf(entry, locale) : String(value);
  if (entry?.color) {
    return <Chip label={label} sx={{ bgcolor: entry.color, color: '#fff', fontWeight: 500 }} />;
  }
  return (
    <Typography component="span" variant="body2">
      {label}
    </Typography>
  );
}
