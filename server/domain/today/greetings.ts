import type { Knex } from 'knex';
import { dayText } from '../chinaTime.js';
import type { SectionQuery } from './section.js';
import { CUSTOMER_COLUMNS, customerOf } from './section.js';
import { dayState, type TodayWindow } from './window.js';

/** Greetings (birthday, anniversary, holiday …) prepared for up to `greetings.days_ahead` days from now and not sent yet. */
export function greetingsToSend(w: TodayWindow): SectionQuery {
  return {
    resource: 'care_touches',
    assignee: 'care_touches.staff_id',
    rows: (db: Knex) => db('care_touches')
      .leftJoin('customers', 'customers.id', 'care_touches.customer_id')
      .where('care_touches.status', 'scheduled')
      .where('care_touches.scheduled_date', '<=', w.greetingsUntil),
    select: [
      'care_touches.id', 'care_touches.version', 'care_touches.touch_type', 'care_touches.holiday', 'care_touches.channel',
      'care_touches.scheduled_date', 'care_touches.message', 'care_touches.gift', 'care_touches.staff_id', ...CUSTOMER_COLUMNS,
    ],
    order: (qb) => qb.orderBy([{ column: 'care_touches.scheduled_date', order: 'asc' }, { column: 'care_touches.id', order: 'asc' }]),
    item: (r, actor) => {
      const day = dayText(r.scheduled_date) ?? w.today;
      return {
        id: Number(r.id), version: Number(r.version),
        what: { enum: 'touch_type', value: String(r.touch_type) },
        customer: customerOf(r, actor), day, at: null, state: dayState(day, w.today),
        detail: { channel: r.channel, holiday: r.holiday ?? null, message: r.message ?? null, gift: r.gift ?? null, staff_id: r.staff_id ?? null },
      };
    },
  };
}
