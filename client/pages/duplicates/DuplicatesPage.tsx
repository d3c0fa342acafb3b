import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Pagination, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { requestFailure } from '../../bulk/bulkErrors';
import { DismissedList } from './DismissedList';
import { useCandidates, useCustomerCandidates, useDuplicateActions, type Candidate } from './duplicatesApi';
import { PairCard } from './PairCard';
import { PairFilters, type PairFilterValue } from './PairFilters';
import { ReviewDialog } from './ReviewDialog';

const PER_PAGE = 20;

/**
 * 疑似重复客户: the proposed pairs, best first, filtered by reason and confidence; each reviewed side by side and
 * merged, or marked "not the same person" (undone from the second tab). `?customer=<id>` narrows the list to one
 * customer's pairs (the link from its page).
 */
export function DuplicatesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const profile = useProfile();
  const mayDecide = (profile?.rights ?? []).includes('merge_customers');
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customer') ? Number(params.get('customer')) : undefined;
  const [tab, setTab] = useState<'pairs' | 'dismissed'>('pairs');
  const [filter, setFilter] = useState<PairFilterValue>({});
  const [page, setPage] = useState(0);
  const [reviewing, setReviewing] = useState<[number, number] | null>(null);
  const all = useCandidates(filter, page, PER_PAGE);
  const own = useCustomerCandidates(customerId);
  const { dismiss } = useDuplicateActions();
  const pairs: Candidate[] = customerId !== undefined ? own.data ?? [] : all.data?.pairs ?? [];
  const error = customerId !== undefined ? own.error : all.error;
  const pending = customerId !== undefined ? own.isPending : all.isPending;
  const total = customerId !== undefined ? pairs.length : all.data?.total ?? 0;
  const onDismiss = (ids: [number, number]) => dismiss.mutate(ids, {
    onSuccess: () => {
      notify('crm.duplicates.dismissed.done', { type: 'info' });
      setReviewing(null);
    },
    onError: (err) => notify(requestFailure(err).message, { type: 'error' }),
  });
  const focus = pairs[0] && customerId !== undefined ? (Number(pairs[0].a.id) === customerId ? pairs[0].a : pairs[0].b) : null;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1100 }}>
      <Title title={translate('crm.duplicates.menu')} />
      <Typography variant="h5" component="h1">{translate('crm.duplicates.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2, maxWidth: 860 }}>{translate('crm.duplicates.lead')}</Typography>
      {!mayDecide && profile && <Alert severity="info" sx={{ mb: 2 }}>{translate('crm.duplicates.read_only')}</Alert>}
      <Tabs value={tab} onChange={(_, v: 'pairs' | 'dismissed') => setTab(v)} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="pairs" label={translate('crm.duplicates.tabs.pairs')} />
        <Tab value="dismissed" label={translate('crm.duplicates.tabs.dismissed')} />
      </Tabs>
      {tab === 'dismissed' ? <DismissedList mayDecide={mayDecide} /> : (
        <>
          {customerId !== undefined ? (
            <Alert severity="info" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => setParams({})}>{translate('crm.duplicates.clear_customer')}</Button>}>
              {translate('crm.duplicates.customer_filter', { name: String(focus?.name ?? `#${customerId}`) })}
            </Alert>
          ) : (
            <PairFilters value={filter} counts={all.data} onChange={(v) => { setFilter(v); setPage(0); }} />
          )}
          {pending && <CircularProgress size={28} />}
          {error && <Alert severity="error">{translate('crm.duplicates.loading_failed', { reason: requestFailure(error).message })}</Alert>}
          {!pending && !error && pairs.length === 0 && (
            <Alert severity="success">{translate(filter.reason || filter.level ? 'crm.duplicates.empty_filtered' : 'crm.duplicates.empty')}</Alert>
          )}
          {pairs.length > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('crm.duplicates.count', { smart_count: total })}</Typography>
          )}
          <Stack spacing={1.5} component="ul" sx={{ p: 0, m: 0 }}>
            {pairs.map((p) => (
              <PairCard key={p.key} pair={p} mayDecide={mayDecide} busy={dismiss.isPending}
                onReview={(pair) => setReviewing([Number(pair.a.id), Number(pair.b.id)])}
                onDismiss={(pair) => onDismiss([Number(pair.a.id), Number(pair.b.id)])} />
            ))}
          </Stack>
          {customerId === undefined && total > PER_PAGE && (
            <Stack sx={{ alignItems: 'center', mt: 2 }}>
              <Pagination count={Math.ceil(total / PER_PAGE)} page={page + 1} onChange={(_, p) => setPage(p - 1)} siblingCount={0} />
            </Stack>
          )}
        </>
      )}
      <ReviewDialog pair={reviewing} onClose={() => setReviewing(null)} onDismiss={onDismiss} />
    </Box>
  );
}
