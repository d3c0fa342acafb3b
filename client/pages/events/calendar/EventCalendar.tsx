import { useEffect, useRef, useState } from 'react';
import { Card, Box, useTheme } from '@mui/material';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import type { DateSelectArg, DatesSetArg, EventDropArg, EventInput } from '@fullcalendar/core';
import { useTranslate } from 'react-admin';
import { CalendarItem } from './CalendarItem';
import { CalendarToolbar } from './CalendarToolbar';
import { calendarSx } from './calendarSx';
import { itemPath, type ItemProps } from './calendarItems';
import type { CalendarView } from './calendarParams';
import type { VisibleRange } from './useCalendarItems';

// module constants: a new array on every render would make FullCalendar rebuild its dates and report them again
const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const LOCALES = [zhCnLocale];
const HOURS = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

/** A week column's head, weekday first in both languages: `周二 12/8`, `Tue 12/8`. */
function weekHeader(date: Date, locale: string): string {
  const weekday = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { weekday: 'short' }).format(date);
  return `${weekday} ${date.getMonth() + 1}/${date.getDate()}`;
}

interface EventCalendarProps {
  locale: string;
  view: CalendarView;
  /** a day to show; null: today */
  date: string | null;
  items: EventInput[];
  loading: boolean;
  onView: (view: CalendarView) => void;
  /** the dates on screen changed (paging, a new view) */
  onRange: (range: VisibleRange, current: VisibleRange) => void;
  onOpen: (path: string) => void;
  /** a day clicked or times swept; absent for those who may not create events */
  onSelect?: (arg: DateSelectArg) => void;
  onMove: (info: EventDropArg | EventResizeDoneArg) => void;
}

/**
 * FullCalendar in the app's dress: month, week and list, Monday first, 24-hour times, in the user's language.
 * Which items may be dragged is decided per item (by the caller, from the user's rights); a bar for a
 * several-day event stays a bar and a timed one stays timed, so a drag never turns one into the other.
 */
export function EventCalendar({ locale, view, date, items, loading, onView, onRange, onOpen, onSelect, onMove }: EventCalendarProps) {
  const theme = useTheme();
  const translate = useTranslate();
  const ref = useRef<FullCalendar>(null);
  const [title, setTitle] = useState('');

  useEffect(() => {
    const api = ref.current?.getApi();
    if (api && api.view.type !== view) api.changeView(view);
  }, [view]);
  useEffect(() => {
    const api = ref.current?.getApi();
    if (!api || !date) return;
    const day = new Date(`${date}T12:00:00`);
    if (day < api.view.currentStart || day >= api.view.currentEnd) api.gotoDate(date);
  }, [date]);

  const datesSet = (arg: DatesSetArg) => {
    setTitle(arg.view.title);
    onRange({ start: arg.start, end: arg.end }, { start: arg.view.currentStart, end: arg.view.currentEnd });
  };

  return (
    <Card sx={{ overflow: 'visible' }}>
      <CalendarToolbar
        title={title}
        view={view}
        loading={loading}
        onView={onView}
        onStep={(step) => {
          const api = ref.current?.getApi();
          if (step === 'prev') api?.prev();
          else if (step === 'next') api?.next();
          else api?.today();
        }}
      />
      <Box sx={{ px: { xs: 0, sm: 1 }, pb: { xs: 0, sm: 1 } }}>
      <Box sx={calendarSx(theme)} data-testid="calendar">
        <FullCalendar
          ref={ref}
          plugins={PLUGINS}
          initialView={view}
          initialDate={date ?? undefined}
          locales={LOCALES}
          locale={locale === 'en' ? 'en' : 'zh-cn'}
          firstDay={1}
          headerToolbar={false}
          height="auto"
          events={items}
          eventDisplay="block"
          dayMaxEvents={4}
          eventTimeFormat={HOURS}
          slotLabelFormat={HOURS}
          slotMinTime="07:00:00"
          slotMaxTime="22:00:00"
          allDayText={translate('crm.calendar.all_day')}
          noEventsText={translate('crm.calendar.no_events')}
          moreLinkText={(n) => translate('crm.calendar.more', { count: n })}
          nowIndicator
          dayCellContent={(arg) => arg.dayNumberText.replace('日', '')}
          views={{ timeGridWeek: { dayHeaderContent: (arg) => weekHeader(arg.date, locale) } }}
          eventContent={(arg) => <CalendarItem arg={arg} />}
          eventDidMount={(arg) => {
            const props = arg.event.extendedProps as ItemProps;
            arg.el.title = props.kind === 'task' && props.eventTitle ? `${arg.event.title} · ${props.eventTitle}` : arg.event.title;
          }}
          eventClick={(arg) => {
            arg.jsEvent.preventDefault();
            onOpen(itemPath(arg.event.extendedProps as ItemProps));
          }}
          eventAllow={(span, moving) => !!moving && span.allDay === moving.allDay}
          eventDrop={onMove}
          eventResize={onMove}
          selectable={!!onSelect}
          selectMirror
          select={(arg) => {
            arg.view.calendar.unselect();
            onSelect?.(arg);
          }}
          datesSet={datesSet}
        />
      </Box>
      </Box>
    </Card>
  );
}
