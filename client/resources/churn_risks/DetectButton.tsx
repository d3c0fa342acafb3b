import { Button } from '@mui/material';
import RadarIcon from '@mui/icons-material/Radar';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { refusalReason } from '../../pages/events/checkin/deskFeedback';
import { isManagerProfile } from '../../pages/appointments/managers';
import { useCareCalls } from '../appointments/appointmentsApi';

/** Runs the churn sweep now (it also runs daily); managers only. */
export function DetectButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const calls = useCareCalls();
  const profile = useProfile();
  if (!isManagerProfile(profile)) return null;
  const run = async () => {
    try {
      const { created } = await calls.detectChurn();
      notify('crm.churn.detected', { type: 'success', messageArgs: { count: created } });
      refresh();
    } catch (e) {
      notify('crm.churn.detect_failed', { type: 'error', messageArgs: { reason: refusalReason(e) } });
    }
  };
  return <Button size="small" startIcon={<RadarIcon />} onClick={() => void run()}>{translate('crm.churn.detect')}</Button>;
}
