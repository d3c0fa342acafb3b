import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../i18n/formats';
import type { InviteResult } from './eventsApi';

const REASONS = ['already_invited', 'no_consent', 'household', 'quota'] as const;

export interface InvitePreviewProps {
  /** the latest count, or null before the first answer */
  result: InviteResult | null;
  /** the draft changed since the count: it is being asked again */
  stale: boolean;
  counting: boolean;
  /** why there is no count to show (a segment to pick, a condition to correct, a failed count) */
  note?: string;
}

/** The live count: 符合条件 N 人 → 邀请 M 人、候补 K 人、排除 …（已邀请 / 无授权 / 同户 / 超配额）. */
export function InvitePreview({ result, stale, counting, note }: InvitePreviewProps) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.audience.count.${key}`, args);
  const excluded = result ? REASONS.reduce((sum, r) => sum + result.excluded[r], 0) : 0;
  const reasons = result ? REASONS.filter((r) => result.excluded[r] > 0).map((r) => t(r, { n: formatInteger(result.excluded[r]) })) : [];
  return (
    <Box sx={{ px: 1.5, py: 1, borderRadius: 2, bgcolor: 'action.hover', position: 'relative', overflow: 'hidden' }} data-testid="invite-preview" aria-live="polite">
      {counting && <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: 2 }} />}
      {note && !counting ? (
        <Typography variant="body2" color="text.secondary">{note}</Typography>
      ) : result ? (
        <Box sx={{ opacity: stale ? 0.5 : 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="invite-count">
            {t('line', {
              matched: formatInteger(result.matched), invited: formatInteger(result.invited),
              waitlisted: formatInteger(result.waitlisted), excluded: formatInteger(excluded),
            })}
            {reasons.length > 0 && t('detail', { reasons: reasons.join(' / ') })}
          </Typography>
          {!stale && !counting && result.invited + result.waitlisted === 0 && (
            <Alert severity="warning" sx={{ mt: 1, py: 0 }}>{translate('crm.events.invite.nobody')}</Alert>
          )}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">{t('counting')}</Typography>
      )}
    </Box>
  );
}
