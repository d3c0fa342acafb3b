import { describe, expect, it } from 'vitest';
import { eventFilter, eventItem, isOverdue, itemPath, taskFilter, taskItem, type CalendarEvent, type ItemProps } from './calendarItems';

const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);
const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: 7, title: '冬季爱车养护课堂', status: 'approved',
  start_at: local(2026, 12, 5, 9).toISOString(), end_at: local(2026, 12, 5, 12).toISOString(), ...over,
});

describe('isOverdue', () => {
  it('when an open task is due before today, then it is overdue; done, checked or due today is not', () => {
    expect(isOverdue({ due_date: '2026-11-20', status: 'todo' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ due_date: '2026-11-20', status: 'doing' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ due_date: '2026-11-20', status: 'done' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due_date: '2026-11-20', status: 'checked' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due_date: '2026-11-23', status: 'todo' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due_date: null, status: 'todo' }, '2026-11-23')).toBe(false);
  });
});

describe('eventItem', () => {
  it('when an event fits in a day, then it is drawn at its hours, with its status as a class', () => {
    const item = eventItem(event(), true);
    expect(item).toMatchObject({ id: 'event-7', allDay: false, editable: true, start: event().start_at });
    expect(item.classNames).toContain('crm-status-approved');
  });

  it('when it runs over several days, then it is a bar from its first to its last day', () => {
    const item = eventItem(event({ start_at: local(2026, 11, 1, 9).toISOString(), end_at: local(2026, 11, 30, 18).toISOString() }), false);
    expect(item).toMatchObject({ allDay: true, start: '2026-11-01', end: '2026-12-01', editable: false });
  });
});

describe('taskItem', () => {
  it('when a task is overdue, then it is marked so; it has no length to resize', () => {
    const item = taskItem({ id: 3, event_id: 7, content: '确认场地', due_date: '2026-11-20', status: 'todo' }, true, '2026-11-23', '课堂');
    expect(item).toMatchObject({ id: 'task-3', allDay: true, start: '2026-11-20', durationEditable: false });
    expect(item?.classNames).toContain('crm-overdue');
    expect((item?.extendedProps as ItemProps).kind).toBe('task');
  });

  it('when a task has no due date, then it is not on the calendar', () => {
    expect(taskItem({ id: 3, event_id: 7, content: 'x', due_date: null, status: 'todo' }, true, '2026-11-23', null)).toBeNull();
  });
});

describe('itemPath', () => {
  it('when an event is clicked, then its page opens; a task opens its edit form', () => {
    expect(itemPath({ kind: 'event', record: event() })).toBe('/events/7/show');
    expect(itemPath({ kind: 'task', overdue: false, eventTitle: null, record: { id: 3, event_id: 7, content: 'x', due_date: '2026-11-20', status: 'todo' } }))
      .toBe('/event_tasks/3');
  });
});

describe('eventFilter and taskFilter', () => {
  const from = new Date('2026-10-25T16:00:00.000Z');
  const to = new Date('2026-12-06T16:00:00.000Z');

  it('when a range is shown, then every event overlapping it is asked for, including one begun before it', () => {
    expect(eventFilter(from, to, { mine: false, statuses: [] }, 4)).toEqual({
      start_at_lt: '2026-12-06T16:00:00.000Z', end_at_gt: '2026-10-25T16:00:00.000Z',
    });
  });

  it('when "mine" and statuses are picked, then owner and statuses narrow the events and the responsible narrows the tasks', () => {
    expect(eventFilter(from, to, { mine: true, statuses: ['draft', 'planned'] }, 4)).toMatchObject({ owner_id: 4, status: ['draft', 'planned'] });
    expect(taskFilter(from, to, { mine: true, statuses: ['draft'] }, 4)).toMatchObject({ responsible_id: 4 });
    expect(taskFilter(from, to, { mine: false, statuses: [] }, 4)).not.toHaveProperty('responsible_id');
  });
});
