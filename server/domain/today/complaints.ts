import type { Knex } from 'knex';
import { OPEN_STATUSES, slaState } from '../complaints/slaState.js';
import { chinaDay } from '../chinaTime.js';
import type { SectionQuery } from './section.js';
import { CUSTOMER_COLUMNS, customerOf } from './section.js';
import type { TodayWindow } from './window.js';

const iso = (v: unknown): string | null => (v == null ? null : new Date(v instanceof Date ? v : String(v)).toISOString());

/**
 * Open complaints whose running clock (first response until confirmed, then resolution) is breached or falls due
 * within the SLA warning window; paused ones wait for the customer and are left out. Most urgent first.
 */
export function complaintsAtRisk(w: TodayWindow): SectionQuery {
  const soon = w.dueSoonUntil.toISOString();
  const dueColumn = 'CASE WHEN complaints.responded_at IS NULL OR complaints.status = ? THEN complaints.first_response_due_at ELSE complaints.resolve_due_at END';
  return {
    resource: 'complaints',
    assignee: 'complaints.handler_id',
    rows: (db: Knex) => db('complaints')
      .leftJoin('customers', 'customers.id', 'complaints.customer_id')
      .whereIn('complaints.status', [...OPEN_STATUSES])
      .whereNull('complaints.paused_at')
      .whereRaw(`${dueColumn} <= ?`, ['received', soon]),
    select: [
      'complaints.id', 'complaints.version', 'complaints.title', 'complaints.status', 'complaints.severity', 'complaints.handler_id',
      'complaints.received_at', 'complaints.responded_at', 'complaints.resolved_at', 'complaints.first_response_due_at',
      'complaints.resolve_due_at', 'complaints.paused_at', ...CUSTOMER_COLUMNS,
    ],
    order: (qb) => qb.orderByRaw(`${dueColumn} asc, complaints.id asc`, ['received']),
    item: (r, actor) => {
      const sla = slaState({
        status: r.status, responded_at: iso(r.responded_at), resolved_at: iso(r.resolved_at), paused_at: iso(r.paused_at),
        first_response_due_at: iso(r.first_response_due_at), resolve_due_at: iso(r.resolve_due_at),
      }, w.now, w.dueSoonUntil);
      const at = sla.due_at;
      return {
        id: Number(r.id), version: Number(r.version),
        what: { enum: null, value: String(r.title) },
        customer: customerOf(r, actor), day: at ? chinaDay(at) : w.today, at, state: sla.state,
        detail: { status: r.status, severity: r.severity, clock: sla.clock, handler_id: r.handler_id ?? null },
      };
    },
  };
}
