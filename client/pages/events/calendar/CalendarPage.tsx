import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, useMediaQuery, useTheme } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import type { DateSelectArg } from '@fullcalendar/core';
import { mayAccess } from '../../../auth/access';
import { useProfile } from '../../../auth/useProfile';
import { refusalReason } from '../checkin/deskFeedback';
import { createEventPath, localDay, newEventTimes } from './calendarDates';
import { readParams, writeParams, type CalendarParams, type CalendarView } from './calendarParams';
import { CalendarFilters } from './CalendarFilters';
import { EventCalendar } from './EventCalendar';
import { useCalendarItems, type VisibleRange } from './useCalendarItems';
import { useMoveItem } from './useMoveItem';
import { PAGE_PATHS } from '../../pagePaths';

/**
 * 活动日历: events (and, for the CS team, their tasks) by month, week or as a list (the list on a phone). Those
 * who may change events drag them to another day or time; the server checks the move. Those who may create
 * events click a day or sweep some hours to start one there. The choices live in the address.
 */
export function CalendarPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const isPhone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const profile = useProfile() ?? null;
  const may = (action: string, resource: string) => mayAccess(profile, { action, resource });
  const mayShowTasks = may('list', 'event_tasks');
  const mayCreate = may('create', 'events');
  const view: CalendarView = params.view ?? (isPhone ? 'listWeek' : 'dayGridMonth');
  const [range, setRange] = useState<VisibleRange | null>(null);

  const { items, error, isFetching, refetch } = useCalendarItems({
    range,
    filter: { mine: params.mine, statuses: params.statuses },
    me: profile?.user.id ?? null,
    withTasks: mayShowTasks && params.tasks,
    canMoveEvents: may('edit', 'events'),
    canMoveTasks: may('edit', 'event_tasks'),
  });
  const move = useMoveItem(locale);

  const change = useCallback(
    (patch: Partial<CalendarParams>) => setSearch((prev) => writeParams({ ...readParams(prev), ...patch }), { replace: true }),
    [setSearch],
  );

  const onRange = useCallback(
    (shown: VisibleRange, current: VisibleRange) => {
      setRange((prev) => (prev && prev.start.getTime() === shown.start.getTime() && prev.end.getTime() === shown.end.getTime() ? prev : shown));
      const now = new Date();
      // today's month or week needs no date in the address; any other keeps its first day
      const date = now >= current.start && now < current.end ? null : localDay(current.start);
      if (params.date !== date) change({ date });
    },
    [params.date, change],
  );

  const onSelect = (arg: DateSelectArg) => navigate(createEventPath(newEventTimes(arg.start, arg.end, arg.allDay)));

  return (
    <Box sx={{ py: 2, maxWidth: 1600, minWidth: 0 }}>
      <Title title="crm.calendar.title" />
      <CalendarFilters
        params={params}
        onChange={change}
        mayShowTasks={mayShowTasks}
        createPath={mayCreate ? createEventPath(newEventTimes(new Date(), new Date(Date.now() + 86_400_000), true)) : null}
      />
      {error && (
        <Alert severity="error" sx={{ mb: 1.5 }} action={<Button color="inherit" onClick={refetch}>{translate('crm.app.retry')}</Button>}>
          {translate('crm.calendar.load_failed', { reason: refusalReason(error) })}
        </Alert>
      )}
      <EventCalendar
        locale={locale}
        view={view}
        date={params.date}
        items={items}
        loading={isFetching}
        onView={(next) => change({ view: next })}
        onRange={onRange}
        onOpen={navigate}
        onSelect={mayCreate ? onSelect : undefined}
        onMove={(info) => void move(info)}
      />
    </Box>
  );
}

CalendarPage.path = PAGE_PATHS.calendar;
