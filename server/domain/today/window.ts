import { addDays, atChinaTime, chinaDay } from '../chinaTime.js';

/** The days and instants the sections are cut by, on the dealership's (China-time) calendar. */
export interface TodayWindow {
  now: Date;
  today: string;
  /** greetings prepared up to this day (today + greetings.days_ahead) */
  greetingsUntil: string;
  /** event tasks due up to this day (today + 3) */
  tasksUntil: string;
  /** the first instant of today and of the day after tomorrow (appointments to remind: today and tomorrow) */
  todayStart: string;
  tomorrowStart: string;
  dayAfterStart: string;
  /** complaints whose running deadline falls before this instant are about to breach */
  dueSoonUntil: Date;
}

export const TASK_DAYS_AHEAD = 3;

export function todayWindow(now: Date, greetingDaysAhead: number, dueSoonUntil: Date): TodayWindow {
  const today = chinaDay(now);
  return {
    now,
    today,
    greetingsUntil: addDays(today, greetingDaysAhead),
    tasksUntil: addDays(today, TASK_DAYS_AHEAD),
    todayStart: atChinaTime(today, 0).toISOString(),
    tomorrowStart: atChinaTime(addDays(today, 1), 0).toISOString(),
    dayAfterStart: atChinaTime(addDays(today, 2), 0).toISOString(),
    dueSoonUntil,
  };
}

/** overdue / today / upcoming for a day against today. */
export function dayState(day: string, today: string): 'overdue' | 'today' | 'upcoming' {
  return day < today ? 'overdue' : day === today ? 'today' : 'upcoming';
}
