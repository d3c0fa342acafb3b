import { useState } from 'react';
import { Alert, Button, Card, CardContent, Link, Pagination, Stack, Typography } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { Link as RouterLink } from 'react-router-dom';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/formats';
import { requestFailure } from '../../bulk/bulkErrors';
import { useDismissals, useDuplicateActions, type Dismissal } from './duplicatesApi';

const PER_PAGE = 20;

function Person({ side }: { side: Dismissal['a'] }) {
  return (
    <Link component={RouterLink} to={`/customers/${side.id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
      {side.name} <Typography component="span" variant="caption" color="text.secondary">#{side.id}{side.phone ? ` · ${side.phone}` : ''}</Typography>
    </Link>
  );
}

/** The pairs judged "not the same person", newest first, each one undoable. */
export function DismissedList({ mayDecide }: { mayDecide: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [page, setPage] = useState(0);
  const { data, error } = useDismissals(page, PER_PAGE);
  const { undo } = useDuplicateActions();
  if (error) return <Alert severity="error">{translate('crm.duplicates.loading_failed', { reason: requestFailure(error).message })}</Alert>;
  if (data && data.total === 0) return <Alert severity="info">{translate('crm.duplicates.dismissed.empty')}</Alert>;
  return (
    <Stack spacing={1} component="ul" sx={{ p: 0, m: 0 }}>
      {data?.rows.map((d) => (
        <Card key={d.id} variant="outlined" component="li" sx={{ listStyle: 'none' }}>
          <CardContent sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', '&:last-child': { pb: 2 } }}>
            <Stack sx={{ flex: 1, minWidth: 0, gap: 0.5 }}>
              <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap' }}><Person side={d.a} /><Person side={d.b} /></Stack>
              <Typography variant="caption" color="text.secondary">
                {translate('crm.duplicates.dismissed.by', { user: d.dismissed_by_name ?? '—', day: formatDate(d.created_at, locale) })}{d.note ? ` · ${d.note}` : ''}
              </Typography>
            </Stack>
            {mayDecide && (
              <Button size="small" startIcon={<UndoIcon />} disabled={undo.isPending}
                onClick={() => undo.mutate(d.id, { onSuccess: () => notify('crm.duplicates.dismissed.undone', { type: 'info' }) })}>
                {translate('crm.duplicates.actions.undo')}
              </Button>
            )}
          </CardContent>
        </Card>
      ))}
      {data && data.total > PER_PAGE && (
        <Pagination count={Math.ceil(data.total / PER_PAGE)} page={page + 1} onChange={(_, p) => setPage(p - 1)} sx={{ alignSelf: 'center' }} />
      )}
    </Stack>
  );
}
