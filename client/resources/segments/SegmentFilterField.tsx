import { Box, Chip, Stack, Typography } from '@mui/material';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { fieldFor } from '../generic/fieldFor';
import { filterEntries } from './filterEntries';
import { segmentFilter } from './segmentFilter';

/** A segment's filter in words: "生命周期阶段：流失", "最近进站（止）：2026-01-01", each value shown as in the list. */
export function SegmentFilterField() {
  const record = useRecordContext();
  const customers = useResourceMeta('customers');
  const translate = useTranslate();
  if (!record) return null;
  const entries = filterEntries(segmentFilter(record.filter), Object.keys(customers.fields));
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {entries.map(({ key, field, bound, value }) => {
        const name = translate(`resources.customers.fields.${field ?? key}`, { _: key });
        const label = bound ? translate(`crm.filters.${bound}`, { field: name }) : name;
        const plain = !field || Array.isArray(value) || (value !== null && typeof value === 'object');
        return (
          <Chip
            key={key}
            variant="outlined"
            label={
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                <Typography component="span" variant="body2" color="text.secondary">
                  {translate('crm.show.label', { label })}
                </Typography>
                {plain ? (
                  <Typography component="span" variant="body2">
                    {typeof value === 'string' ? value : JSON.stringify(value)}
                  </Typography>
                ) : (
                  <RecordContextProvider value={{ id: 0, [field]: value }}>{fieldFor(field, customers.fields[field])}</RecordContextProvider>
                )}
              </Box>
            }
          />
        );
      })}
    </Stack>
  );
}
