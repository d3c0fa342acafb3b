import type { Knex } from 'knex';
import { dayText } from '../chinaTime.js';
import type { SectionQuery } from './section.js';
import { dayState, type TodayWindow } from './window.js';

/** Event tasks still to do (todo, doing) due within the next few days, of events not cancelled or over. */
export function eventTasksDue(w: TodayWindow): SectionQuery {
  return {
    resource: 'event_tasks',
    assignee: 'event_tasks.responsible_id',
    rows: (db: Knex) => db('event_tasks')
      .join('events', 'events.id', 'event_tasks.event_id')
      .whereIn('event_tasks.status', ['todo', 'doing'])
      .whereNotIn('events.status', ['done', 'cancelled'])
      .whereNotNull('event_tasks.due_date')
      .where('event_tasks.due_date', '<=', w.tasksUntil),
    select: [
      'event_tasks.id', 'event_tasks.version', 'event_tasks.content', 'event_tasks.status', 'event_tasks.due_date',
      'event_tasks.event_id', 'event_tasks.responsible_id', 'event_tasks.checker_id', 'events.title as event_title',
    ],
    order: (qb) => qb.orderBy([{ column: 'event_tasks.due_date', order: 'asc' }, { column: 'event_tasks.id', order: 'asc' }]),
    item: (r) => {
      const day = dayText(r.due_date) ?? w.today;
      return {
        id: Number(r.id), version: Number(r.version),
        what: { enum: null, value: String(r.content) },
        customer: null, day, at: null, state: dayState(day, w.today),
        detail: {
          status: r.status, event_id: Number(r.event_id), event_title: r.event_title ?? null,
          responsible_id: r.responsible_id ?? null, checker_id: r.checker_id ?? null,
        },
      };
    },
  };
}
