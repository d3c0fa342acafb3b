import type { SameKeys } from './en';
import type { todayMessagesZh } from './today.zh';

export const todayMessagesEn: SameKeys<typeof todayMessagesZh> = {
  title: 'My work today',
  menu: 'Today',
  subtitle: '%{day} · %{count} open items',
  scope: {
    mine: 'Mine',
    team: 'Team',
    own_customers: 'My customers',
  },
  sections: {
    follow_ups_overdue: 'Overdue follow-ups',
    follow_ups_today: 'Follow-ups due today',
    complaints: 'Complaints about to breach',
    appointments: 'Appointments to remind',
    greetings: 'Greetings to send',
    event_tasks: 'Tasks due',
  },
  capped: 'Showing the first %{shown} of %{total}',
  see_all: 'See all',
  show_more: 'Show all %{count}',
  show_less: 'Show fewer',
  empty: 'Nothing here',
  all_clear: 'All of today\'s work is done.',
  loading_failed: 'Could not load today\'s work: %{reason}',
  when: {
    days_ago: '%{n} days overdue',
    yesterday: '1 day overdue',
    today: 'Today',
    tomorrow: 'Tomorrow',
    in_days: 'In %{n} days',
  },
  states: {
    breached: 'Breached',
    due_soon: 'Due soon',
    to_remind: 'To remind',
    expected: 'Expected today',
  },
  clock: {
    first_response: 'First response due',
    resolve: 'Resolution due',
  },
  event: 'Event: %{title}',
  no_customer: '—',
  actions: {
    record: 'Record',
    open: 'Handle',
    view: 'Open',
    reminded: 'Mark reminded',
    arrived: 'Mark arrived',
    sent: 'Mark sent',
    finish: 'Mark done',
  },
  done: {
    reminded: 'Marked as reminded: %{who}',
    arrived: 'Marked as arrived: %{who}',
    sent: 'Greeting marked as sent: %{who}',
    finish: 'Task done: %{who}',
  },
  failed: 'Not done: %{reason}',
};
