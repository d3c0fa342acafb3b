import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { recordChange, type AuditContext } from '../audit.js';
import type { Row } from '../../resources/types.js';
import { getResource } from '../../resources/index.js';

/** The event type of the owners' club (车主俱乐部) in the `event_type` lookup. */
export const OWNERS_CLUB = 'owners_club';

export interface Invitation {
  event_id: number;
  title: string;
  start_at: string;
  /** the customer was already on the event's list: nothing added */
  already: boolean;
}

const INVITE_CHANNEL: Record<string, string> = { phone: 'call', sms: 'sms', visit: 'visit', email: 'email', wechat: 'wechat', questionnaire: 'call' };

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/**
 * Seed 000: very satisfied customers are invited back to an owners' activity so they become loyal ones.
 * Adds the customer to the next owners' club event not yet started (planned or approved) as a pending
 * invitation; answers null when no such event is on the calendar.
 */
export async function inviteToOwnersClub(trx: Knex.Transaction, customerId: number, channel: string, now: Date, ctx: AuditContext): Promise<Invitation | null> {
  const event: Row | undefined = await trx('events').where({ event_type: OWNERS_CLUB }).whereIn('status', ['planned', 'approved'])
    .where('start_at', '>', now.toISOString()).orderBy([{ column: 'start_at', order: 'asc' }, { column: 'id', order: 'asc' }])
    .first('id', 'title', 'start_at');
  if (!event) return null;
  const found = { event_id: Number(event.id), title: String(event.title), start_at: iso(event.start_at) };
  if (await trx('event_participants').where({ event_id: found.event_id, customer_id: customerId }).first('id')) return { ...found, already: true };
  const def = getResource('event_participants');
  if (!def) throw new Error('event_participants resource missing');
  const stamp = now.toISOString();
  const values: Row = {
    event_id: found.event_id, customer_id: customerId, invited_at: stamp, rsvp: 'pending', attended: false, walk_in: false, waitlisted: false,
    invite_channel: INVITE_CHANNEL[channel] ?? 'call', notes: '回访非常满意，邀请参加车主活动',
  };
  const [inserted] = await trx('event_participants').insert({
    ...values, qr_token: `fu-${crypto.randomBytes(12).toString('base64url')}`, created_at: stamp, updated_at: stamp, version: 1,
  }, ['id']);
  const id = Number((inserted as Row).id);
  const after = (await trx('event_participants').where({ id }).first()) as Row;
  await def.afterRows?.(trx, [{ before: null, after }], ctx);
  await recordChange(trx, ctx, def, 'create', null, after, values);
  return { ...found, already: false };
}
