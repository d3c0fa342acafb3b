import { Chip, Stack } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { useLookups } from './useLookups';
import { findLookup, labelOf } from './lookupLabel';

export interface LookupArrayFieldProps extends FieldProps {
  source: string;
  lookup: string;
}

/** Several lookup codes (a multiple-choice custom field) as chips with their labels and colours. */
export function LookupArrayField({ source, lookup }: LookupArrayFieldProps) {
  const value: unknown = useFieldValue({ source });
  const { lookups } = useLookups();
  const [locale] = useLocaleState();
  if (!Array.isArray(value) || !value.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {value.map((code) => {
        const entry = findLookup(lookups, lookup, code);
        return (
          <Chip
            key={String(code)}
            size="small"
            label={entry ? labelOf(entry, locale) : String(code)}
            sx={entry?.color ? { bgcolor: entry.color, color: '#fff' } : undefined}
          />
        );
      })}
    </Stack>
  );
}
