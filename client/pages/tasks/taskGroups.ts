/**
 * How event tasks read for a person: overdue or not (in China time, where the team works), the words for a
 * due date, the groups of 我的任务, the progress of an event's schedule and which quick actions a task offers.
 * Pure, so the rules can be tested; the server decides in the end.
 */

export type TaskStatus = 'todo' | 'doing' | 'done' | 'checked';

export interface Task {
  id: number;
  event_id: number;
  content: string;
  due_date: string | null;
  responsible_id: number | null;
  checker_id: number | null;
  status: TaskStatus;
  updated_at?: string;
  version?: number;
}

export type GroupKey = 'overdue' | 'this_week' | 'later' | 'no_due' | 'to_check' | 'recent';

export const GROUP_ORDER: readonly GroupKey[] = ['overdue', 'to_check', 'this_week', 'later', 'no_due', 'recent'];

const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;

/** Today's date (YYYY-MM-DD) in China (UTC+8, no daylight saving), whatever the browser's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET).toISOString().slice(0, 10);
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

/** Whole days from `today` to `date`: negative when past. */
export function daysUntil(date: string, today: string): number {
  return dayNumber(date) - dayNumber(today);
}

export const isOpen = (t: Pick<Task, 'status'>): boolean => t.status === 'todo' || t.status === 'doing';

/** Due before today and still to do or under way. */
export function isOverdue(t: Pick<Task, 'status' | 'due_date'>, today: string): boolean {
  return isOpen(t) && t.due_date != null && t.due_date.slice(0, 10) < today;
}

/** The Sunday ending the (Monday-first, as in China) week of `today`. */
export function endOfWeek(today: string): string {
  const n = dayNumber(today);
  const weekday = (n + 3) % 7; // day 0 (1970-01-01) was a Thursday: Monday → 0
  return new Date((n + 6 - weekday) * DAY).toISOString().slice(0, 10);
}

/** A translation key under crm.tasks.due and its count: "逾期 3 天", "今天到期", "5 天后到期". */
export function dueWords(due: string | null, today: string): { key: string; n: number } {
  if (!due) return { key: 'none', n: 0 };
  const d = daysUntil(due, today);
  if (d < -1) return { key: 'days_ago', n: -d };
  if (d === -1) return { key: 'yesterday', n: 1 };
  if (d === 0) return { key: 'today', n: 0 };
  if (d === 1) return { key: 'tomorrow', n: 1 };
  return { key: 'in_days', n: d };
}

/**
 * 我的任务 for `person`: done work they check waits for them first; open work (theirs to do or to check
 * later) by due date; finished work last. A task sits in one group only.
 */
export function groupTasks(tasks: readonly Task[], person: number, today: string): Record<GroupKey, Task[]> {
  const groups: Record<GroupKey, Task[]> = { overdue: [], this_week: [], later: [], no_due: [], to_check: [], recent: [] };
  const weekEnd = endOfWeek(today);
  for (const t of tasks) {
    if (t.status === 'done' && t.checker_id === person) groups.to_check.push(t);
    else if (!isOpen(t)) groups.recent.push(t);
    else if (!t.due_date) groups.no_due.push(t);
    else if (isOverdue(t, today)) groups.overdue.push(t);
    else if (t.due_date.slice(0, 10) <= weekEnd) groups.this_week.push(t);
    else groups.later.push(t);
  }
  const byDue = (a: Task, b: Task) => (a.due_date ?? '').localeCompare(b.due_date ?? '') || a.id - b.id;
  for (const key of GROUP_ORDER) groups[key].sort(key === 'recent' ? (a, b) => (b.updated_at ?? '').localeCompare(a.updated_at ?? '') : byDue);
  return groups;
}

/** Share of the schedule finished (done or checked), 0–100. */
export function progressOf(tasks: readonly Pick<Task, 'status'>[]): { finished: number; total: number; percent: number } {
  const finished = tasks.filter((t) => t.status === 'done' || t.status === 'checked').length;
  return { finished, total: tasks.length, percent: tasks.length ? Math.round((finished / tasks.length) * 100) : 0 };
}

export type TaskAction = 'start' | 'finish' | 'pass' | 'send_back';

export const ACTION_STATUS: Record<TaskAction, TaskStatus> = { start: 'doing', finish: 'done', pass: 'checked', send_back: 'doing' };

/**
 * The quick actions worth offering `person`: start and finish their open work; the checker (or a manager) passes or
 * sends back done work; a manager alone sends back checked work. The server still checks each.
 */
export function actionsFor(t: Pick<Task, 'status' | 'checker_id' | 'responsible_id'>, person: number, manager: boolean): TaskAction[] {
  const checks = manager || t.checker_id === person;
  const does = manager || t.responsible_id === person || t.responsible_id == null;
  switch (t.status) {
    case 'todo': return does ? ['start', 'finish'] : [];
    case 'doing': return does ? ['finish'] : [];
    case 'done': return checks ? ['pass', 'send_back'] : [];
    case 'checked': return manager ? ['send_back'] : [];
  }
}
