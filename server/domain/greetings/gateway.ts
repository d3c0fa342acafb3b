import type { Knex } from 'knex';

/**
 * Where a greeting goes out. The built-in gateway writes it to the outbox, which the team exports and hands
 * to their SMS platform or mail merge; an adapter for a real SMS or e-mail service implements the same
 * interface (chosen by configuration) and answers whether the service took the message.
 */
export interface OutgoingMessage {
  careTouchId: number;
  customerId: number;
  channel: string;
  recipient: string;
  body: string;
}

export interface Gateway {
  send(message: OutgoingMessage): Promise<{ ok: boolean; error?: string }>;
}

/** A gateway bound to the send batch's transaction and id (so what it records commits with the touches). */
export type GatewayFactory = (trx: Knex.Transaction, batchId: string) => Gateway;

export const outboxGateway: GatewayFactory = (trx, batchId) => ({
  async send(m) {
    const stamp = new Date().toISOString();
    await trx('outbox').insert({
      care_touch_id: m.careTouchId, customer_id: m.customerId, channel: m.channel, recipient: m.recipient.slice(0, 120), body: m.body,
      status: 'queued', batch_id: batchId, created_at: stamp, updated_at: stamp, version: 1,
    });
    return { ok: true };
  },
});
