import { useMemo } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { useGetList } from 'react-admin';
import type { EventInput } from '@fullcalendar/core';
import { localDay } from './calendarDates';
import { eventFilter, eventItem, taskFilter, taskItem, type CalendarEvent, type CalendarFilter, type CalendarTask } from './calendarItems';

export interface VisibleRange {
  start: Date;
  end: Date;
}

interface Options {
  range: VisibleRange | null;
  filter: CalendarFilter;
  me: number | null;
  /** tasks asked for at all: only for those who may read them, and when the toggle is on */
  withTasks: boolean;
  canMoveEvents: boolean;
  canMoveTasks: boolean;
}

// the API's page limit; a calendar screen never holds more
const ALL = { page: 1, perPage: 1000 };

/**
 * The events overlapping the dates on screen and the tasks due on them, as calendar items. What was shown stays
 * while the next range loads, so paging through months does not flash empty.
 */
export function useCalendarItems({ range, filter, me, withTasks, canMoveEvents, canMoveTasks }: Options) {
  const events = useGetList<CalendarEvent & { id: number }>(
    'events',
    { pagination: ALL, sort: { field: 'start_at', order: 'ASC' }, filter: range ? eventFilter(range.start, range.end, filter, me) : {} },
    { enabled: !!range, placeholderData: keepPreviousData },
  );
  const tasks = useGetList<CalendarTask & { id: number }>(
    'event_tasks',
    { pagination: ALL, sort: { field: 'due_date', order: 'ASC' }, filter: range ? taskFilter(range.start, range.end, filter, me) : {} },
    { enabled: !!range && withTasks, placeholderData: keepPreviousData },
  );

  const items = useMemo((): EventInput[] => {
    const today = localDay(new Date());
    const titles = new Map((events.data ?? []).map((e) => [e.id, e.title]));
    const out: EventInput[] = (events.data ?? []).map((e) => eventItem(e, canMoveEvents));
    if (withTasks) {
      for (const t of tasks.data ?? []) {
        const item = taskItem(t, canMoveTasks, today, titles.get(t.event_id) ?? null);
        if (item) out.push(item);
      }
    }
    return out;
  }, [events.data, tasks.data, withTasks, canMoveEvents, canMoveTasks]);

  return {
    items,
    error: events.error ?? (withTasks ? tasks.error : null),
    isFetching: events.isFetching || (withTasks && tasks.isFetching),
    refetch: () => {
      void events.refetch();
      if (withTasks) void tasks.refetch();
    },
  };
}
