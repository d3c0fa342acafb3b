import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useInfiniteGetList, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { AuditEntry } from './auditRecord';
import { HistoryDayHeading } from './HistoryDayHeading';
import { HistoryEmpty } from './HistoryEmpty';
import { HistoryEntry } from './HistoryEntry';
import { groupByDay } from './historyDays';

const PAGE = 10;
const NEWEST_FIRST = { field: 'created_at', order: 'DESC' as const };

function hasStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status;
}

/**
 * The History tab of a record: every creation, change and deletion, newest first, grouped by day, ten at a time.
 * It always asks for one record (`resource` and `record_id`), the only audit query every role may make.
 */
export function HistoryTab() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { data, total, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage, refetch } = useInfiniteGetList<AuditEntry>(
    'audit_log',
    { filter: { resource, record_id: record?.id }, sort: NEWEST_FIRST, pagination: { page: 1, perPage: PAGE } },
    { enabled: record?.id != null && !!resource },
  );
  if (error) {
    const forbidden = hasStatus(error, 403);
    return (
      <Alert
        severity={forbidden ? 'info' : 'error'}
        action={forbidden ? undefined : <Button color="inherit" onClick={() => void refetch()}>{translate('crm.app.retry')}</Button>}
        sx={{ width: '100%' }}
      >
        {translate(forbidden ? 'crm.audit.forbidden' : 'crm.audit.failed')}
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Stack spacing={2} sx={{ width: '100%', py: 1 }}>
        {[0, 1, 2].map((i) => (
          <Stack key={i} direction="row" spacing={2}>
            <Skeleton variant="circular" width={32} height={32} />
            <Box sx={{ flex: 1 }}>
              <Skeleton width="40%" />
              <Skeleton variant="rounded" height={56} />
            </Box>
          </Stack>
        ))}
      </Stack>
    );
  }
  const entries = data?.pages.flatMap((page) => page.data) ?? [];
  if (entries.length === 0) return <HistoryEmpty />;
  const left = Math.max(0, (total ?? entries.length) - entries.length);
  return (
    <Box sx={{ width: '100%', maxWidth: 1080 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('crm.audit.history_hint')}
      </Typography>
      {groupByDay(entries, (e) => e.created_at).map((group) => (
        <Box key={group.day} component="section" sx={{ mb: 2 }}>
          <HistoryDayHeading day={group.day} />
          <Box component="ol" sx={{ m: 0, p: 0 }}>
            {group.items.map((entry, i) => (
              <HistoryEntry key={entry.id} entry={entry} last={i === group.items.length - 1} />
            ))}
          </Box>
        </Box>
      ))}
      <Box sx={{ textAlign: 'center', pt: 1 }}>
        {hasNextPage ? (
          <Button variant="outlined" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
            {translate('crm.audit.load_more', { smart_count: left })}
          </Button>
        ) : (
          entries.length > PAGE && (
            <Typography variant="caption" color="text.secondary">
              {translate('crm.audit.all_shown', { smart_count: entries.length })}
            </Typography>
          )
        )}
      </Box>
    </Box>
  );
}
