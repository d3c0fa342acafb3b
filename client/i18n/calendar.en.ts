import type { SameKeys } from './en';
import type { calendarMessagesZh } from './calendar.zh';

export const calendarMessagesEn: SameKeys<typeof calendarMessagesZh> = {
  title: 'Event calendar',
  menu: 'Calendar',
  today: 'Today',
  previous: 'Previous',
  next: 'Next',
  views: {
    month: 'Month',
    week: 'Week',
    list: 'List',
  },
  filters: {
    status: 'Event status',
    all_statuses: 'All statuses',
    mine: 'Only mine',
    tasks: 'Show tasks',
  },
  new_event: 'New event',
  all_day: 'All day',
  no_events: 'No events in these dates',
  more: '%{count} more',
  overdue: 'Overdue',
  moved: 'Rescheduled: %{title} (%{day})',
  task_moved: 'Task moved to %{day}: %{title}',
  undo: 'Undo',
  undone: 'Rescheduling undone',
  move_refused: 'Cannot reschedule: %{reason}',
  load_failed: 'Could not load the calendar: %{reason}',
};
