import type { Knex } from 'knex';
import { dayText } from '../chinaTime.js';
import type { SectionQuery } from './section.js';
import { CUSTOMER_COLUMNS, customerOf } from './section.js';
import { dayState, type TodayWindow } from './window.js';

/** Pending follow-ups due before today (逾期回访) or today (今日回访), oldest first. */
export function followUpsDue(w: TodayWindow, which: 'overdue' | 'today'): SectionQuery {
  return {
    resource: 'follow_ups',
    assignee: 'follow_ups.staff_id',
    rows: (db: Knex) => {
      const qb = db('follow_ups').leftJoin('customers', 'customers.id', 'follow_ups.customer_id').where('follow_ups.status', 'pending');
      return which === 'overdue' ? qb.where('follow_ups.due_date', '<', w.today) : qb.where('follow_ups.due_date', w.today);
    },
    select: [
      'follow_ups.id', 'follow_ups.version', 'follow_ups.reason', 'follow_ups.channel', 'follow_ups.due_date', 'follow_ups.status',
      'follow_ups.attempts', 'follow_ups.script', 'follow_ups.survey_template_id', 'follow_ups.staff_id', ...CUSTOMER_COLUMNS,
    ],
    order: (qb) => qb.orderBy([{ column: 'follow_ups.due_date', order: 'asc' }, { column: 'follow_ups.id', order: 'asc' }]),
    item: (r, actor) => {
      const day = dayText(r.due_date) ?? w.today;
      return {
        id: Number(r.id), version: Number(r.version),
        what: { enum: 'follow_up_reason', value: String(r.reason) },
        customer: customerOf(r, actor), day, at: null, state: dayState(day, w.today),
        detail: {
          status: r.status, channel: r.channel, attempts: Number(r.attempts ?? 0), script: r.script ?? null,
          survey_template_id: r.survey_template_id ?? null, staff_id: r.staff_id ?? null,
        },
      };
    },
  };
}
