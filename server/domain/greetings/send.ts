import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import type { Row } from '../../resources/types.js';
import { care_touches } from '../../resources/care_touches.js';
import { recordChange, type AuditContext } from '../audit.js';
import { chinaDay } from '../chinaTime.js';
import { hasConsent, noConsent } from './consent.js';
import { outboxGateway, type GatewayFactory } from './gateway.js';

/**
 * Sends scheduled care touches and marks them sent, all in one transaction. A touch to a customer who has not
 * agreed to its channel refuses the whole batch (400 under `channel`, naming the customer), before anything is
 * written. Calls and visits are done by a person: marking them sent is all there is. Touches already sent or
 * skipped are left as they are; a message the gateway refuses, or with no phone / e-mail / address to go
 * to, stays scheduled and is reported.
 */
export interface SendSummary {
  batch_id: string;
  sent: number;
  unchanged: number;
  failed: { id: number; error: string }[];
}

export const MAX_SEND = 500;

const IN_PERSON = new Set(['call', 'visit']);

const RECIPIENT: Record<string, string> = { sms: 'phone', wechat: 'phone', email: 'email', card: 'address' };

export function sendIds(value: unknown): number[] {
  if (!Array.isArray(value) || !value.length) throw badRequest({ ids: reason('required') });
  if (value.length > MAX_SEND) throw badRequest({ ids: reason('too_many_rows', { count: value.length, max: MAX_SEND }) });
  if (!value.every((v) => Number.isSafeInteger(v) && Number(v) > 0)) throw badRequest({ ids: reason('not_id') });
  return [...new Set(value as number[])];
}

export async function sendTouches(db: Knex, ids: readonly number[], ctx: AuditContext, gateway: GatewayFactory = outboxGateway, now = new Date()): Promise<SendSummary> {
  return db.transaction(async (trx) => {
    const touches: Row[] = await trx('care_touches').whereIn('id', ids).orderBy('id').select('*');
    const gone = ids.find((id) => !touches.some((t) => Number(t.id) === id));
    if (gone !== undefined) throw badRequest({ ids: reason('record_gone', { id: gone }) });
    const due = touches.filter((t) => t.status === 'scheduled');
    const customers = new Map<number, Row>((await trx('customers').whereIn('id', [...new Set(due.map((t) => Number(t.customer_id)))])
      .select('id', 'name', 'phone', 'email', 'address', 'consent_sms', 'consent_email')).map((c: Row) => [Number(c.id), c]));
    for (const t of due) {
      const customer = customers.get(Number(t.customer_id))!;
      if (!hasConsent(customer, String(t.channel))) throw noConsent(customer, String(t.channel));
    }

    const batchId = randomUUID();
    const out = gateway(trx, batchId);
    const summary: SendSummary = { batch_id: batchId, sent: 0, unchanged: touches.length - due.length, failed: [] };
    const sentDay = chinaDay(now);
    const stamp = now.toISOString();
    for (const t of due) {
      const channel = String(t.channel);
      const customer = customers.get(Number(t.customer_id))!;
      if (!IN_PERSON.has(channel)) {
        const recipient = String(customer[RECIPIENT[channel]] ?? '').trim();
        const result = recipient
          ? await out.send({ careTouchId: Number(t.id), customerId: Number(t.customer_id), channel, recipient, body: String(t.message ?? '') })
          : { ok: false, error: `no ${RECIPIENT[channel]}` };
        if (!result.ok) {
          summary.failed.push({ id: Number(t.id), error: result.error ?? 'refused' });
          continue;
        }
      }
      const after = { ...t, status: 'sent', sent_date: sentDay, updated_at: stamp, version: Number(t.version) + 1 };
      await trx('care_touches').where({ id: t.id }).update({ status: 'sent', sent_date: sentDay, updated_at: stamp, version: after.version });
      await recordChange(trx, ctx, care_touches, 'update', t, after);
      summary.sent += 1;
    }
    return summary;
  });
}
