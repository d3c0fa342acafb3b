import { Alert, Box, Divider, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../i18n/formats';
import type { InviteResult } from './eventsApi';

const REASONS = ['already_invited', 'no_consent', 'household', 'quota'] as const;

function Line({ label, value, strong, indent }: { label: string; value: number; strong?: boolean; indent?: boolean }) {
  return (
    <Stack direction="row" sx={{ justifyContent: 'space-between', pl: indent ? 2 : 0, py: 0.25 }}>
      <Typography variant="body2" sx={{ color: indent ? 'text.secondary' : undefined, fontWeight: strong ? 600 : undefined }}>{label}</Typography>
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: strong ? 600 : undefined }}>{formatInteger(value)}</Typography>
    </Stack>
  );
}

/** The dry run: how many matched, who is left out and why, how many get an invitation and how many wait. */
export function InvitePreview({ result, stale }: { result: InviteResult; stale: boolean }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.events.invite.summary.${key}`);
  const excluded = REASONS.reduce((sum, r) => sum + result.excluded[r], 0);
  return (
    <Box sx={{ p: 1.5, borderRadius: 2, bgcolor: 'action.hover', opacity: stale ? 0.55 : 1 }} data-testid="invite-preview">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('title')}</Typography>
      <Line label={t('matched')} value={result.matched} />
      <Line label={t('excluded')} value={excluded} />
      {REASONS.filter((r) => result.excluded[r] > 0).map((r) => (
        <Line key={r} label={t(r)} value={result.excluded[r]} indent />
      ))}
      <Divider sx={{ my: 0.5 }} />
      <Line label={t('invited')} value={result.invited} strong />
      <Line label={t('waitlisted')} value={result.waitlisted} />
      {stale ? (
        <Alert severity="info" sx={{ mt: 1 }}>{translate('crm.events.invite.again')}</Alert>
      ) : result.invited + result.waitlisted === 0 ? (
        <Alert severity="warning" sx={{ mt: 1 }}>{translate('crm.events.invite.nobody')}</Alert>
      ) : null}
    </Box>
  );
}
