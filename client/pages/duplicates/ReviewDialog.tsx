import { useEffect, useMemo, useState } from 'react';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, LinearProgress, Stack, Switch,
  Typography, useMediaQuery, type Theme,
} from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { useNotify, useTranslate } from 'react-admin';
import { requestFailure } from '../../bulk/bulkErrors';
import { useDuplicateActions, useReview, type Choice } from './duplicatesApi';
import { DerivedValues } from './DerivedValues';
import { FieldChoiceRow } from './FieldChoiceRow';
import { MergeConfirmDialog } from './MergeConfirmDialog';
import { ReasonChips } from './ReasonChips';
import { RelatedCounts } from './RelatedCounts';
import { ReviewHeader } from './ReviewHeader';

export interface ReviewDialogProps {
  /** the two customers' ids, or null when closed */
  pair: [number, number] | null;
  onClose: () => void;
  onDismiss: (ids: [number, number]) => void;
}

/**
 * Two customers side by side: which one stays (the one with more history is suggested; one click swaps), for
 * every differing field which value to keep, how many records each has, then merge (after a confirmation) or
 * "not the same person". Full screen on a phone.
 */
export function ReviewDialog({ pair, onClose, onDismiss }: ReviewDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const [order, setOrder] = useState<{ keep: number; remove: number; chosen: boolean } | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [differOnly, setDifferOnly] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const { merge } = useDuplicateActions();
  useEffect(() => {
    setOrder(pair ? { keep: Math.min(...pair), remove: Math.max(...pair), chosen: false } : null);
    setConfirming(false);
  }, [pair]);
  const { data: review, error, isFetching, refetch } = useReview(order?.keep ?? null, order?.remove ?? null);
  // the suggestion applies once, until the user picks a side themselves
  useEffect(() => {
    if (review && order && !order.chosen && review.suggested_keep !== order.keep && review.keep.id === order.keep) {
      setOrder({ keep: order.remove, remove: order.keep, chosen: true });
    }
  }, [review, order]);
  useEffect(() => {
    if (review) setChoices(Object.fromEntries(review.fields.map((f) => [f.field, f.default])));
  }, [review]);
  const current = review && order && review.keep.id === order.keep ? review : null;
  const shown = useMemo(() => (current ? current.fields.filter((f) => f.differ || !differOnly) : []), [current, differOnly]);
  const changed = current ? current.fields.filter((f) => f.differ && choices[f.field] !== 'keep').length : 0;

  const swap = () => order && setOrder({ keep: order.remove, remove: order.keep, chosen: true });
  const doMerge = () => {
    if (!current) return;
    merge.mutate({
      keep_id: Number(current.keep.id), remove_id: Number(current.remove.id), keep_version: Number(current.keep.version),
      remove_version: Number(current.remove.version), fields: choices,
    }, {
      onSuccess: (result) => {
        const moved = Object.values(result.moved).reduce((s, n) => s + n, 0);
        notify('crm.duplicates.merged', { type: 'success', messageArgs: { smart_count: moved, name: String(result.kept.name ?? '') } });
        setConfirming(false);
        onClose();
      },
      onError: (err) => {
        const failure = requestFailure(err);
        setConfirming(false);
        if (failure.status === 409) {
          notify('crm.duplicates.conflict', { type: 'warning' });
          void refetch();
        } else notify(failure.message || String(err), { type: 'error' });
      },
    });
  };

  return (
    <Dialog open={pair !== null} onClose={onClose} fullScreen={phone} maxWidth="lg" fullWidth aria-labelledby="duplicate-review-title">
      <DialogTitle id="duplicate-review-title">{translate('crm.duplicates.review.title')}</DialogTitle>
      {isFetching && <LinearProgress />}
      <DialogContent dividers>
        {error && <Alert severity="error">{translate('crm.duplicates.review.loading_failed', { reason: requestFailure(error).message })}</Alert>}
        {current && (
          <Stack spacing={2}>
            <ReviewHeader review={current} />
            <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Button size="small" variant="outlined" startIcon={<SwapHorizIcon />} onClick={swap}>{translate('crm.duplicates.review.swap')}</Button>
              <Typography variant="caption" color="text.secondary">{translate('crm.duplicates.review.suggested')}</Typography>
            </Stack>
            <Box>
              <Typography variant="subtitle2">{translate('crm.duplicates.review.why')}</Typography>
              <ReasonChips reasons={current.reasons} />
              {current.dismissal && <Alert severity="info" sx={{ mt: 1 }}>{translate('crm.duplicates.review.was_dismissed')}</Alert>}
            </Box>
            <Box>
              <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
                <Typography variant="subtitle2">{translate('crm.duplicates.review.fields')}</Typography>
                <FormControlLabel control={<Switch size="small" checked={differOnly} onChange={(e) => setDifferOnly(e.target.checked)} />} label={translate('crm.duplicates.review.differ_only')} />
              </Stack>
              {shown.length === 0 && <Typography variant="body2" color="text.secondary">{translate('crm.duplicates.review.no_differences')}</Typography>}
              {shown.map((f) => (
                <FieldChoiceRow key={f.field} field={f} choice={choices[f.field] ?? f.default} disabled={!current.may_decide || merge.isPending}
                  onChoose={(choice) => setChoices((c) => ({ ...c, [f.field]: choice }))} />
              ))}
              <DerivedValues review={current} />
              <RelatedCounts counts={current.counts} />
            </Box>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        {current?.may_decide && (
          <>
            <Button color="inherit" onClick={() => onDismiss([Number(current.keep.id), Number(current.remove.id)])} disabled={merge.isPending || !!current.dismissal}>
              {translate('crm.duplicates.actions.dismiss')}
            </Button>
            <Button variant="contained" color="warning" onClick={() => setConfirming(true)} disabled={merge.isPending}>{translate('crm.duplicates.review.merge')}</Button>
          </>
        )}
      </DialogActions>
      {current && (
        <MergeConfirmDialog open={confirming} review={current} changedFields={changed} busy={merge.isPending} onConfirm={doMerge} onClose={() => setConfirming(false)} />
      )}
    </Dialog>
  );
}
