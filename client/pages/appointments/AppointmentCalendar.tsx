import { useRef, useState } from 'react';
import { Box, Button, ButtonGroup, Card, IconButton, Stack, Typography, useTheme } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import type { DateClickArg } from '@fullcalendar/interaction';
import type { DatesSetArg, EventDropArg, EventInput } from '@fullcalendar/core';
import { useTranslate } from 'react-admin';
import { calendarSx } from '../events/calendar/calendarSx';
import type { Appointment, Range } from './useAppointments';

// module constants: new arrays on every render make FullCalendar rebuild and report its dates again
const PLUGINS = [timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [zhCnLocale];
const HOURS = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

export type AppointmentView = 'timeGridWeek' | 'timeGridDay' | 'listWeek';
const VIEWS: [AppointmentView, string][] = [['timeGridWeek', 'week'], ['timeGridDay', 'day'], ['listWeek', 'list']];

interface Props {
  locale: string;
  initialView: AppointmentView;
  items: EventInput[];
  onRange: (range: Range) => void;
  onOpen: (record: Appointment) => void;
  /** a time clicked: book there */
  onBook: (at: Date) => void;
  onMove: (info: EventDropArg) => void;
}

/** An advisor's diary: week or day in working hours (a list on a phone); drag to move, click a time to book. */
export function AppointmentCalendar({ locale, initialView, items, onRange, onOpen, onBook, onMove }: Props) {
  const theme = useTheme();
  const translate = useTranslate();
  const ref = useRef<FullCalendar>(null);
  const [title, setTitle] = useState('');
  const [view, setView] = useState<AppointmentView>(initialView);
  const api = () => ref.current?.getApi();

  return (
    <Card sx={{ overflow: 'visible' }}>
      <Stack direction="row" alignItems="center" spacing={1} sx={{ px: 1, py: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <IconButton aria-label={translate('crm.appointments.previous')} onClick={() => api()?.prev()}><ChevronLeftIcon /></IconButton>
        <Button size="small" variant="outlined" onClick={() => api()?.today()}>{translate('crm.appointments.today')}</Button>
        <IconButton aria-label={translate('crm.appointments.next')} onClick={() => api()?.next()}><ChevronRightIcon /></IconButton>
        <Typography variant="subtitle1" sx={{ flex: 1, minWidth: 120 }}>{title}</Typography>
        <ButtonGroup size="small">
          {VIEWS.map(([v, key]) => (
            <Button key={v} variant={view === v ? 'contained' : 'outlined'} onClick={() => { setView(v); api()?.changeView(v); }}>
              {translate(`crm.appointments.views.${key}`)}
            </Button>
          ))}
        </ButtonGroup>
      </Stack>
      <Box sx={calendarSx(theme)} data-testid="appointment-calendar">
        <FullCalendar
          ref={ref}
          plugins={PLUGINS}
          initialView={initialView}
          locales={LOCALES}
          locale={locale === 'en' ? 'en-gb' : 'zh-cn'}
          firstDay={1}
          headerToolbar={false}
          height="auto"
          events={items}
          eventTimeFormat={HOURS}
          slotLabelFormat={HOURS}
          slotMinTime="08:00:00"
          slotMaxTime="19:00:00"
          slotDuration="00:30:00"
          allDaySlot={false}
          nowIndicator
          noEventsText={translate('crm.appointments.no_appointments')}
          eventClick={(arg) => {
            arg.jsEvent.preventDefault();
            onOpen(arg.event.extendedProps.record as Appointment);
          }}
          eventDrop={onMove}
          eventDurationEditable={false}
          dateClick={(arg: DateClickArg) => onBook(arg.date)}
          datesSet={(arg: DatesSetArg) => {
            setTitle(arg.view.title);
            onRange({ start: arg.start, end: arg.end });
          }}
        />
      </Box>
    </Card>
  );
}
