import type { Knex } from 'knex';
import type { AuditContext } from '../audit.js';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import type { ResourceService } from '../../rest/service.js';
import { getResource } from '../../resources/index.js';
import type { Row } from '../../resources/types.js';

/**
 * Signing a participant in on the day, by the QR token of their invitation or by the customer, or a walk-in
 * who was not invited (`walk_in: true`). Through the participants' own update (so the attendance points, the
 * audit trail and the scope apply); someone not invited to this event is refused unless signed in as a walk-in.
 * Signing in twice answers the first sign-in.
 */
export interface CheckInRequest {
  qr_token?: string;
  customer_id?: number;
  walk_in?: boolean;
}

const ON_THE_DAY = new Set(['approved', 'running']);

export async function checkIn(db: Knex, service: ResourceService, eventId: number, raw: unknown, ctx: AuditContext): Promise<{ participant: Row; already: boolean }> {
  const def = getResource('event_participants');
  if (!def) throw new AppError(404, 'unknown_resource');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badRequest({ body: reason('not_object') });
  const r = raw as CheckInRequest;
  const event = await db('events').where({ id: eventId }).first('status');
  if (!event) throw new AppError(404, 'not_found');
  if (!ON_THE_DAY.has(String(event.status))) throw badRequest({ status: reason('event_closed', { status: String(event.status) }) });
  let row: Row | undefined;
  if (typeof r.qr_token === 'string' && r.qr_token.trim()) {
    row = await db('event_participants').where({ event_id: eventId, qr_token: r.qr_token.trim() }).first('id');
    if (!row) throw badRequest({ qr_token: reason('not_invited') });
  } else if (Number.isSafeInteger(r.customer_id) && Number(r.customer_id) > 0) {
    row = await db('event_participants').where({ event_id: eventId, customer_id: r.customer_id }).first('id');
    if (!row && r.walk_in === true) {
      const created = await service.create(def, { event_id: eventId, customer_id: r.customer_id, rsvp: 'yes', walk_in: true, notes: '未受邀，现场报名参加' }, ctx);
      row = { id: created.id };
    }
    if (!row) throw badRequest({ customer_id: reason('not_invited') });
  } else {
    throw badRequest({ qr_token: reason('required') });
  }
  const current = await service.getOne(def, Number(row.id), ctx);
  if (current.attended) return { participant: current, already: true };
  const participant = await service.update(def, Number(row.id), {
    attended: true, checked_in_at: new Date().toISOString(), rsvp: 'yes', waitlisted: false,
  }, ctx);
  return { participant, already: false };
}
