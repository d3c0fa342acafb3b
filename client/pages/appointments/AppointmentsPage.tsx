import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Box, Button, Stack, useMediaQuery, useTheme } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BuildCircleIcon from '@mui/icons-material/BuildCircle';
import { useQueryClient } from '@tanstack/react-query';
import { Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { EventDropArg } from '@fullcalendar/core';
import { useProfile } from '../../auth/useProfile';
import { refusalReason } from '../events/checkin/deskFeedback';
import { useCareCalls } from '../../resources/appointments/appointmentsApi';
import { AdvisorPicker } from './AdvisorPicker';
import { AppointmentCalendar } from './AppointmentCalendar';
import { AppointmentDialog } from './AppointmentDialog';
import { SuccessRateCard } from './SuccessRateCard';
import { isManagerProfile } from './managers';
import { useAppointments, type Appointment, type Range } from './useAppointments';
import { PAGE_PATHS } from '../pagePaths';

/**
 * 预约日历: one advisor's appointments by week or day (a list on a phone), coloured by status. Click a time to
 * book there, drag a booking to move it (the server refuses the past and a taken slot, and the booking jumps
 * back with its reason), click one to remind, mark arrived, no-show or cancel. Beside it the month's success
 * rate against the target. Managers can book the maintenance reminders that are due now.
 */
export function AppointmentsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const isPhone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const navigate = useNavigate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const calls = useCareCalls();
  const profile = useProfile() ?? null;
  const [advisor, setAdvisor] = useState<number | null>(null);
  const [range, setRange] = useState<Range | null>(null);
  const [open, setOpen] = useState<Appointment | null>(null);
  const { items, error, refetch } = useAppointments(range, advisor, translate);

  const onRange = useCallback((r: Range) => {
    setRange((prev) => (prev && prev.start.getTime() === r.start.getTime() && prev.end.getTime() === r.end.getTime() ? prev : r));
  }, []);
  const reload = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['appointments'] });
    void refetch();
  }, [queryClient, refetch]);

  const book = (at: Date | null) => {
    const source = { ...(advisor ? { advisor_id: advisor } : {}), ...(at ? { scheduled_at: at.toISOString() } : {}), appointment_type: 'maintenance' };
    navigate(`/appointments/create?source=${encodeURIComponent(JSON.stringify(source))}`);
  };

  const move = async (info: EventDropArg) => {
    const record = info.event.extendedProps.record as Appointment;
    const start = info.event.start;
    if (!start) return info.revert();
    try {
      await dataProvider.update('appointments', { id: record.id, data: { scheduled_at: start.toISOString(), version: record.version }, previousData: record });
      notify('crm.appointments.moved', { type: 'success', messageArgs: { time: start.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', hour12: false }) } });
    } catch (e) {
      info.revert();
      notify('crm.appointments.move_refused', { type: 'error', messageArgs: { reason: refusalReason(e) || translate('ra.notification.http_error') } });
    }
    reload();
  };

  const generate = async () => {
    try {
      const { created } = await calls.generateReminders();
      notify('crm.appointments.reminders.generated', { type: 'success', messageArgs: { count: created } });
      reload();
    } catch (e) {
      notify('crm.appointments.reminders.failed', { type: 'error', messageArgs: { reason: refusalReason(e) } });
    }
  };

  const dialogTitle = open ? (items.find((i) => i.id === String(open.id))?.title ?? '') : '';
  return (
    <Box sx={{ py: { xs: 1, sm: 2 } }}>
      <Title title={translate('crm.appointments.title')} />
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <AdvisorPicker value={advisor} onChange={setAdvisor} />
        <Box sx={{ flex: 1 }} />
        {isManagerProfile(profile) ? (
          <Button startIcon={<BuildCircleIcon />} onClick={() => void generate()}>{translate('crm.appointments.reminders.generate')}</Button>
        ) : null}
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => book(null)}>{translate('crm.appointments.new_appointment')}</Button>
      </Stack>
      {error ? <Alert severity="error" sx={{ mb: 1 }}>{translate('crm.appointments.load_failed', { reason: refusalReason(error) })}</Alert> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 340px' }, alignItems: 'start' }}>
        <AppointmentCalendar
          locale={locale}
          initialView={isPhone ? 'listWeek' : 'timeGridWeek'}
          items={items}
          onRange={onRange}
          onOpen={setOpen}
          onBook={(at) => book(at)}
          onMove={(info) => void move(info)}
        />
        <SuccessRateCard advisorId={advisor} />
      </Box>
      <AppointmentDialog record={open} title={dialogTitle} onClose={() => setOpen(null)} onChanged={reload} />
    </Box>
  );
}

AppointmentsPage.path = PAGE_PATHS.appointments;
