import type { SameKeys } from './en';
import type { tasksMessagesZh } from './tasks.zh';

export const tasksMessagesEn: SameKeys<typeof tasksMessagesZh> = {
  title: 'My tasks',
  of: 'Tasks of %{name}',
  menu: 'My tasks',
  person: 'Whose tasks',
  person_hint: "Managers can see anyone's tasks",
  loading_failed: 'Could not load the tasks: %{reason}',
  groups: {
    overdue: 'Overdue',
    to_check: 'Waiting for my check',
    this_week: 'Due this week',
    later: 'Later',
    no_due: 'No due date',
    recent: 'Recently finished',
  },
  empty: {
    all: 'No tasks yet. Event tasks you are responsible for or check will show here.',
    group: 'None',
  },
  due: {
    none: 'No due date',
    days_ago: '%{n} days overdue',
    yesterday: 'Due yesterday',
    today: 'Due today',
    tomorrow: 'Due tomorrow',
    in_days: 'Due in %{n} days',
  },
  roles: {
    responsible: 'Responsible: %{name}',
    checker: 'Checker: %{name}',
  },
  actions: {
    start: 'Start',
    finish: 'Done',
    pass: 'Pass check',
    send_back: 'Send back',
    done: 'Updated: %{content}',
  },
  panel: {
    progress: 'Progress %{finished}/%{total} (%{percent}%)',
    empty: 'This event has no tasks yet. Add the first piece of work below.',
    add: 'Add task',
    added: 'Task added',
    overdue_count: '%{smart_count} overdue |||| %{smart_count} overdue',
  },
  quick: {
    mine: 'Mine',
    overdue: 'Overdue',
    to_check: 'To check',
    open: 'Open',
  },
};
