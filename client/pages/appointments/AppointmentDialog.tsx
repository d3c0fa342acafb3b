import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { refusalReason } from '../events/checkin/deskFeedback';
import { colorOf, nextStatuses, type AppointmentStatus } from './appointmentStatus';
import type { Appointment } from './useAppointments';

const ACTION_KEY: Record<AppointmentStatus, string> = {
  scheduled: 'open', reminded: 'remind', arrived: 'arrive', no_show: 'no_show', cancelled: 'cancel',
};

interface Props {
  record: Appointment | null;
  title: string;
  onClose: () => void;
  onChanged: () => void;
}

/** One appointment: when, its status, and the steps it may take next (the server checks each). */
export function AppointmentDialog({ record, title, onClose, onChanged }: Props) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const navigate = useNavigate();
  if (!record) return null;
  const when = new Date(record.scheduled_at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', hour12: false });

  const go = async (status: AppointmentStatus) => {
    try {
      await dataProvider.update('appointments', { id: record.id, data: { status, version: record.version }, previousData: record });
      notify('crm.appointments.actions.done', { type: 'success' });
      onChanged();
      onClose();
    } catch (error) {
      notify('crm.appointments.actions.refused', { type: 'error', messageArgs: { reason: refusalReason(error) } });
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={1}>
          <Typography>{when} · {record.duration_minutes}′</Typography>
          <Stack direction="row" spacing={1}>
            <Chip size="small" label={translate(`enums.appointment_status.${record.status}`)} sx={{ bgcolor: colorOf(record.status), color: '#fff' }} />
            <Chip size="small" variant="outlined" label={translate(`enums.appointment_origin.${record.origin}`)} />
          </Stack>
          {record.notes ? <Typography variant="body2" color="text.secondary">{record.notes}</Typography> : null}
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, pt: 1 }}>
            {nextStatuses(record.status, record.scheduled_at).map((s) => (
              <Button key={s} variant="contained" size="small" onClick={() => void go(s)} sx={{ bgcolor: colorOf(s) }}>
                {translate(`crm.appointments.actions.${ACTION_KEY[s]}`)}
              </Button>
            ))}
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => navigate(`/appointments/${record.id}/show`)}>{translate('crm.appointments.actions.open')}</Button>
        <Button onClick={onClose}>{translate('crm.appointments.actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
