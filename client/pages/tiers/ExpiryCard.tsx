import { useState } from 'react';
import { Alert, AlertTitle, Button, Card, CardContent, CardHeader, Stack, TextField } from '@mui/material';
import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import SearchIcon from '@mui/icons-material/Search';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { ExpiryPreview, ExpiryResult } from '../../loyalty/loyaltyApi';
import { formatDate, formatInteger } from '../../i18n/formats';
import { ExpiryConfirmDialog } from './ExpiryConfirmDialog';
import { ExpiryPreviewPanel } from './ExpiryPreviewPanel';
import { refusalOf } from './serverErrors';
import { useApplyExpiry, usePreviewExpiry } from './useLoyalty';

/** Today in the browser's calendar, as YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The year-end expiry: points earned before the cutoff and never spent lapse. The manager picks the day, sees
 * who loses how much, then confirms; the run is one batch on the server.
 */
export function ExpiryCard() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [asOf, setAsOf] = useState(today());
  const [preview, setPreview] = useState<ExpiryPreview | null>(null);
  const [result, setResult] = useState<ExpiryResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
  const previewing = usePreviewExpiry();
  const applying = useApplyExpiry();
  const fresh = preview !== null && preview.as_of === asOf;

  const fail = (error: unknown) => {
    const refusal = refusalOf(error);
    if (refusal.errors.as_of) setDateError(refusal.errors.as_of);
    else notify(refusal.message, { type: 'error' });
  };
  const runPreview = () =>
    previewing.mutateAsync({ as_of: asOf }).then((answer) => {
      setPreview(answer);
      setResult(null);
    }, fail);
  const apply = () =>
    applying.mutateAsync({ as_of: asOf }).then(
      (answer) => {
        setConfirming(false);
        setResult(answer);
        setPreview(null);
      },
      (error: unknown) => {
        setConfirming(false);
        fail(error);
      },
    );

  return (
    <Card sx={{ minWidth: 0 }}>
      <CardHeader
        avatar={<AutoDeleteIcon color="primary" />}
        title={translate('crm.tiers.expiry.title')}
        subheader={translate('crm.tiers.expiry.hint')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start', mb: 2 }}>
          <TextField
            type="date"
            name="as_of"
            size="small"
            label={translate('crm.tiers.expiry.as_of')}
            value={asOf}
            onChange={(event) => {
              setAsOf(event.target.value);
              setDateError(null);
            }}
            error={Boolean(dateError)}
            helperText={dateError ?? undefined}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button variant="outlined" startIcon={<SearchIcon />} onClick={runPreview} disabled={!asOf || previewing.isPending}>
            {translate('crm.tiers.expiry.preview')}
          </Button>
          <Button variant="contained" color="warning" startIcon={<AutoDeleteIcon />} onClick={() => setConfirming(true)}
            disabled={!fresh || preview.customers === 0 || applying.isPending}>
            {translate('crm.tiers.expiry.apply')}
          </Button>
        </Stack>
        {preview && <ExpiryPreviewPanel preview={preview} />}
        {result && (
          <Alert severity="success" onClose={() => setResult(null)} data-testid="expiry-result">
            <AlertTitle>{translate('crm.tiers.expiry.done_title')}</AlertTitle>
            {translate('crm.tiers.expiry.done', {
              customers: formatInteger(result.customers),
              points: formatInteger(result.points),
              cutoff: formatDate(result.cutoff, locale),
              batch: result.batch_id,
            })}
          </Alert>
        )}
        <ExpiryConfirmDialog open={confirming && fresh} preview={preview} busy={applying.isPending} onConfirm={apply} onClose={() => setConfirming(false)} />
      </CardContent>
    </Card>
  );
}
