import { useState } from 'react';
import { Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/formats';
import { HistoryEntry } from '../../resources/audit_log/HistoryEntry';
import type { AuditEntry } from '../../resources/audit_log/auditRecord';
import { useMerges, useRemovedHistory } from './duplicatesApi';

function RemovedHistory({ mergeId }: { mergeId: number }) {
  const translate = useTranslate();
  const { data, isPending } = useRemovedHistory(mergeId);
  if (isPending) return <CircularProgress size={20} />;
  if (!data?.length) return <Typography variant="body2" color="text.secondary">{translate('crm.duplicates.merged_records.no_history')}</Typography>;
  const entries = data as unknown as AuditEntry[];
  return (
    <Box component="ol" sx={{ m: 0, p: 0, mt: 1 }}>
      {entries.map((e, i) => <HistoryEntry key={e.id} entry={e} last={i === entries.length - 1} />)}
    </Box>
  );
}

/**
 * Below a customer's history: the customers merged into it, each with its own history as it was written (under
 * its former id), opened on demand.
 */
export function MergedRecords() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState<number | null>(null);
  const { data } = useMerges(record?.id === undefined ? undefined : Number(record.id));
  if (!data?.length) return null;
  return (
    <Box sx={{ width: '100%', maxWidth: 1080, mt: 3, pt: 2, borderTop: 1, borderColor: 'divider' }} data-testid="merged-records">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{translate('crm.duplicates.merged_records.title')}</Typography>
      <Stack spacing={1.5}>
        {data.map((m) => (
          <Box key={m.id}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2">
                {translate('crm.duplicates.merged_records.item', { name: m.removed_name ?? '', id: m.removed_id, user: m.merged_by_name ?? '—', day: formatDate(m.created_at, locale) })}
              </Typography>
              <Button size="small" onClick={() => setOpen(open === m.id ? null : m.id)}>
                {translate(open === m.id ? 'crm.duplicates.merged_records.hide_history' : 'crm.duplicates.merged_records.show_history')}
              </Button>
            </Stack>
            {open === m.id && <RemovedHistory mergeId={m.id} />}
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
