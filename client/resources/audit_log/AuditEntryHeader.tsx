import { Box, Stack, Typography } from '@mui/material';
import { Labeled, useLocaleState, useRecordContext } from 'react-admin';
import { formatDateTime } from '../../i18n/formats';
import { ActionAvatar } from './ActionAvatar';
import { ActionChip } from './ActionChip';
import { RecordTitleField } from './RecordTitleField';
import { RecordTypeField } from './RecordTypeField';
import { UserField } from './UserField';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '0.8rem', wordBreak: 'break-all' } as const;

/** Who did what to which record, and when; the request and batch ids below, for tracing a change in the server logs. */
export function AuditEntryHeader() {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <ActionAvatar action={record.action} size={48} />
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography variant="h6" component="h2" sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
              <RecordTypeField />
              <RecordTitleField />
            </Typography>
            <ActionChip />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {formatDateTime(record.created_at, locale)}
          </Typography>
        </Box>
      </Stack>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' },
          columnGap: 3,
          rowGap: 1,
        }}
      >
        <Labeled label="resources.audit_log.fields.user_id">
          <Stack direction="row" spacing={0.75} component="span" sx={{ alignItems: 'baseline' }}>
            <UserField link />
            {record.username && (
              <Typography component="span" variant="caption" color="text.secondary">
                @{record.username}
              </Typography>
            )}
          </Stack>
        </Labeled>
        <Labeled label="resources.audit_log.fields.record_id">
          <Typography variant="body2">{record.record_id ?? '—'}</Typography>
        </Labeled>
        <Labeled label="resources.audit_log.fields.request_id">
          <Typography variant="body2" sx={mono}>
            {record.request_id || '—'}
          </Typography>
        </Labeled>
        <Labeled label="resources.audit_log.fields.batch_id">
          <Typography variant="body2" sx={mono}>
            {record.batch_id || '—'}
          </Typography>
        </Labeled>
      </Box>
    </Box>
  );
}
