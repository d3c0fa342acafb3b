import type { EventInput } from '@fullcalendar/core';
import { addDays, dayStart, localDay, spansDays } from './calendarDates';

export interface CalendarEvent {
  id: number;
  title: string;
  start_at: string;
  end_at: string;
  status: string;
  place?: string | null;
  owner_id?: number | null;
  version?: number;
}

export interface CalendarTask {
  id: number;
  event_id: number;
  content: string;
  due_date: string | null;
  status: string;
  responsible_id?: number | null;
  version?: number;
}

/** What the calendar keeps on each item to open it, move it and draw it. */
export type ItemProps =
  | { kind: 'event'; record: CalendarEvent }
  | { kind: 'task'; record: CalendarTask; overdue: boolean; eventTitle: string | null };

/** A task still open (to do, in progress) whose due day is before today. */
export function isOverdue(task: Pick<CalendarTask, 'due_date' | 'status'>, today: string): boolean {
  return !!task.due_date && task.due_date < today && (task.status === 'todo' || task.status === 'doing');
}

/**
 * An event as FullCalendar draws it: at its hours when it fits in one day, else as a bar over its days (a
 * month-long photo contest would otherwise fill every hour of the week view).
 */
export function eventItem(record: CalendarEvent, editable: boolean): EventInput {
  const bar = spansDays(record.start_at, record.end_at);
  const props: ItemProps = { kind: 'event', record };
  return {
    id: `event-${record.id}`,
    title: record.title,
    ...(bar
      ? { allDay: true, start: localDay(new Date(record.start_at)), end: localDay(addDays(dayStart(localDay(new Date(new Date(record.end_at).getTime() - 1))), 1)) }
      : { allDay: false, start: record.start_at, end: record.end_at }),
    editable,
    classNames: ['crm-event', `crm-status-${record.status}`],
    extendedProps: props,
  };
}

/** A task on its due day, all day long; it moves but has no length. */
export function taskItem(record: CalendarTask, editable: boolean, today: string, eventTitle: string | null): EventInput | null {
  if (!record.due_date) return null;
  const overdue = isOverdue(record, today);
  const props: ItemProps = { kind: 'task', record, overdue, eventTitle };
  return {
    id: `task-${record.id}`,
    title: record.content,
    allDay: true,
    start: record.due_date,
    editable,
    durationEditable: false,
    classNames: ['crm-task', overdue ? 'crm-overdue' : `crm-task-${record.status}`],
    extendedProps: props,
  };
}

/** Where a click on an item leads: the event's page, or the task's edit form. */
export function itemPath(props: ItemProps): string {
  return props.kind === 'event' ? `/events/${props.record.id}/show` : `/event_tasks/${props.record.id}`;
}

export interface CalendarFilter {
  mine: boolean;
  statuses: string[];
}

/**
 * The events to fetch for the dates on screen: every event that overlaps them, so one that began last month
 * and runs into this one shows too; narrowed to the user's own and the statuses picked.
 */
export function eventFilter(from: Date, to: Date, filter: CalendarFilter, me: number | null): Record<string, unknown> {
  return {
    start_at_lt: to.toISOString(),
    end_at_gt: from.toISOString(),
    ...(filter.statuses.length ? { status: filter.statuses } : {}),
    ...(filter.mine && me !== null ? { owner_id: me } : {}),
  };
}

/** The tasks due on the days on screen (`to` is exclusive); "mine" means the ones the user is responsible for. */
export function taskFilter(from: Date, to: Date, filter: CalendarFilter, me: number | null): Record<string, unknown> {
  return {
    due_date_gte: localDay(from),
    due_date_lt: localDay(to),
    ...(filter.mine && me !== null ? { responsible_id: me } : {}),
  };
}
