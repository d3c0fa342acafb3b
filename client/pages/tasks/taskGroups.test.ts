import { describe, expect, it } from 'vitest';
import { actionsFor, chinaToday, dueWords, endOfWeek, groupTasks, isOverdue, progressOf, type Task } from './taskGroups';

const ME = 7;
const OTHER = 9;
let serial = 0;
const task = (extra: Partial<Task>): Task => {
  serial += 1;
  return { id: serial, event_id: 1, content: `任务${serial}`, due_date: null, responsible_id: ME, checker_id: OTHER, status: 'todo', ...extra };
};

describe('chinaToday', () => {
  it('When it is late evening in UTC, then the date is already tomorrow in China', () => {
    expect(chinaToday(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(chinaToday(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });
});

describe('isOverdue and endOfWeek', () => {
  it('When an open task was due yesterday, then it is overdue; done work and today are not', () => {
    expect(isOverdue({ status: 'doing', due_date: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'todo', due_date: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', due_date: '2026-11-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'todo', due_date: null }, '2026-11-23')).toBe(false);
  });

  it('When the week is asked for, then it ends on Sunday (Monday-first weeks), Sunday itself included', () => {
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29'); // a Monday
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29'); // the Sunday
    expect(endOfWeek('2026-11-26')).toBe('2026-11-29');
  });
});

describe('dueWords', () => {
  it('When the due date is near, then the words are relative to today', () => {
    const today = '2026-11-23';
    expect(dueWords('2026-11-20', today)).toEqual({ key: 'days_ago', n: 3 });
    expect(dueWords('2026-11-22', today)).toEqual({ key: 'yesterday', n: 1 });
    expect(dueWords('2026-11-23', today)).toEqual({ key: 'today', n: 0 });
    expect(dueWords('2026-11-24', today)).toEqual({ key: 'tomorrow', n: 1 });
    expect(dueWords('2026-12-03', today)).toEqual({ key: 'in_days', n: 10 });
    expect(dueWords(null, today)).toEqual({ key: 'none', n: 0 });
  });
});

describe('groupTasks', () => {
  it('When a person has tasks of every kind, then each lands in one group, sorted by due date', () => {
    const today = '2026-11-25'; // Wednesday
    const late = task({ due_date: '2026-11-20', status: 'doing' });
    const later = task({ due_date: '2026-11-22' });
    const week = task({ due_date: '2026-11-29' });
    const next = task({ due_date: '2026-11-30' });
    const none = task({});
    const check = task({ responsible_id: OTHER, checker_id: ME, status: 'done', due_date: '2026-11-01' });
    const mineDone = task({ status: 'done', updated_at: '2026-11-24T01:00:00Z' });
    const checked = task({ status: 'checked', updated_at: '2026-11-25T01:00:00Z' });
    const g = groupTasks([next, week, none, late, check, mineDone, later, checked], ME, today);
    expect(g.overdue).toEqual([late, later]);
    expect(g.this_week).toEqual([week]);
    expect(g.later).toEqual([next]);
    expect(g.no_due).toEqual([none]);
    expect(g.to_check).toEqual([check]);
    expect(g.recent).toEqual([checked, mineDone]);
  });
});

describe('progressOf and actionsFor', () => {
  it('When half the schedule is done or checked, then progress is 50%; an empty one is 0', () => {
    expect(progressOf([{ status: 'done' }, { status: 'checked' }, { status: 'todo' }, { status: 'doing' }])).toEqual({ finished: 2, total: 4, percent: 50 });
    expect(progressOf([])).toEqual({ finished: 0, total: 0, percent: 0 });
  });

  it('When a task is offered actions, then its responsible person starts and finishes it, its checker or a manager passes or sends it back, and checked work only a manager', () => {
    const mine = { responsible_id: ME, checker_id: OTHER };
    const theirs = { responsible_id: OTHER, checker_id: ME };
    expect(actionsFor({ ...mine, status: 'todo' }, ME, false)).toEqual(['start', 'finish']);
    expect(actionsFor({ ...theirs, status: 'todo' }, ME, false)).toEqual([]); // the checker does not do the work
    expect(actionsFor({ ...theirs, status: 'doing' }, ME, true)).toEqual(['finish']);
    expect(actionsFor({ ...mine, status: 'done' }, ME, false)).toEqual([]);
    expect(actionsFor({ ...theirs, status: 'done' }, ME, false)).toEqual(['pass', 'send_back']);
    expect(actionsFor({ ...mine, status: 'done' }, ME, true)).toEqual(['pass', 'send_back']);
    expect(actionsFor({ ...theirs, status: 'checked' }, ME, false)).toEqual([]);
    expect(actionsFor({ ...mine, status: 'checked' }, ME, true)).toEqual(['send_back']);
  });
});
