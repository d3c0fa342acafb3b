import { Alert, Button, Stack } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { RecordResult } from './followUpsApi';

/** What recording did, said plainly: retry date, not reached, done; a complaint opened, an invitation sent. */
export function RecordOutcome({ result }: { result: RecordResult }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.followups.record.${key}`, args);
  const { invitation, complaint } = result;
  return (
    <Stack spacing={1.5}>
      {result.result === 'retry' && <Alert severity="info">{t('result_retry', { date: result.next_due_date })}</Alert>}
      {result.result === 'not_reached' && <Alert severity="warning">{t('result_not_reached')}</Alert>}
      {result.result === 'done' && <Alert severity="success">{t('result_done', { score: result.follow_up.overall_score })}</Alert>}
      {complaint && (
        <Alert
          severity="error"
          action={<Button component={RouterLink} to={`/complaints/${complaint.id}/show`} color="inherit" size="small">{t('open_complaint')}</Button>}
        >
          {t('complaint_opened', { title: complaint.title })}
        </Alert>
      )}
      {invitation && (
        <Alert
          severity="success"
          action={<Button component={RouterLink} to={`/events/${invitation.event_id}/show`} color="inherit" size="small">{t('open_event')}</Button>}
        >
          {t(invitation.already ? 'already_invited' : 'invited', { title: invitation.title, date: invitation.start_at.slice(0, 10) })}
        </Alert>
      )}
      {result.no_owners_event && <Alert severity="info">{t('no_owners_event')}</Alert>}
    </Stack>
  );
}
