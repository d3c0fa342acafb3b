import { Button } from '@mui/material';
import AutoAwesomeIcon from '@mui/icons-material/AutoAwesome';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { refusalReason } from '../../pages/events/checkin/deskFeedback';
import { isManagerProfile } from '../../pages/appointments/managers';
import { useGreetingCalls } from './greetingsApi';

/** Prepares the coming days' birthday, holiday and anniversary greetings now (it also runs daily); managers only. */
export function GenerateButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const calls = useGreetingCalls();
  const profile = useProfile();
  if (!isManagerProfile(profile)) return null;
  const run = async () => {
    try {
      const s = await calls.generate();
      notify('crm.greetings.generated', { type: 'success', messageArgs: { count: s.created, ...s.by_type, no_consent: s.no_consent } });
      refresh();
    } catch (e) {
      notify('crm.greetings.generate_failed', { type: 'error', messageArgs: { reason: refusalReason(e) } });
    }
  };
  return <Button size="small" startIcon={<AutoAwesomeIcon />} onClick={() => void run()}>{translate('crm.greetings.generate')}</Button>;
}
