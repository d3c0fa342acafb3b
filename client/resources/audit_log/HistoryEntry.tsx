import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { RecordContextProvider, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/formats';
import { ActionAvatar } from './ActionAvatar';
import type { AuditEntry } from './auditRecord';
import { ChangesTable } from './ChangesTable';
import { parseChanges } from './changeSummary';
import { timeOfDay } from './historyDays';
import { UserField } from './UserField';

export interface HistoryEntryProps {
  entry: AuditEntry;
  /** the last entry shown: no line runs on below its marker */
  last: boolean;
}

/** One entry of a record's timeline: who did what at what time, then what changed, field by field. */
export function HistoryEntry({ entry, last }: HistoryEntryProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const count = parseChanges(entry.changes).length;
  return (
    <RecordContextProvider value={entry}>
      <Box component="li" sx={{ display: 'flex', gap: { xs: 1.5, sm: 2 }, listStyle: 'none' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', flexShrink: 0 }}>
          <ActionAvatar action={entry.action} size={32} />
          {!last && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5, minHeight: 16 }} />}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0, pb: last ? 0 : 3 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minHeight: 32, flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
              <UserField />
            </Typography>
            <Typography component="span" variant="body2">
              {translate(`crm.audit.timeline.${entry.action}`, { smart_count: count, _: entry.action })}
            </Typography>
            {entry.batch_id && (
              <Tooltip title={translate('crm.audit.batch_hint')}>
                <Chip label={translate('crm.audit.batch')} variant="outlined" sx={{ height: 20, fontSize: '0.7rem' }} />
              </Tooltip>
            )}
            <Box sx={{ flex: 1 }} />
            <Tooltip title={formatDateTime(entry.created_at, locale)}>
              <Typography component="time" dateTime={entry.created_at} variant="caption" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {timeOfDay(entry.created_at)}
              </Typography>
            </Tooltip>
          </Stack>
          {count > 0 && (
            <Box sx={{ mt: 1, px: { xs: 1.5, sm: 2 }, py: 1, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.default' }}>
              <ChangesTable resource={entry.resource} action={entry.action} changes={entry.changes} />
            </Box>
          )}
        </Box>
      </Box>
    </RecordContextProvider>
  );
}
