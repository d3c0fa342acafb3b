import type { Knex } from 'knex';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import type { Row } from '../../resources/types.js';

/**
 * Which consent a touch channel needs (个人信息保护法: marketing messages only with the customer's agreement):
 * SMS and WeChat both reach the phone number the customer agreed to be texted on; e-mail needs its own
 * consent; a card, a call or a visit is done by a person and needs none.
 */
export type ConsentColumn = 'consent_sms' | 'consent_email';

const NEEDS: Record<string, ConsentColumn> = { sms: 'consent_sms', wechat: 'consent_sms', email: 'consent_email' };

export function consentFor(channel: string): ConsentColumn | null {
  return NEEDS[channel] ?? null;
}

const yes = (v: unknown) => v === true || v === 1 || v === '1' || v === 'true';

export function hasConsent(customer: Row, channel: string): boolean {
  const column = consentFor(channel);
  return column === null || yes(customer[column]);
}

/** The 400 for a touch on a channel its customer has not agreed to, under `channel` (where the form shows it). */
export function noConsent(customer: Row, channel: string): Error {
  const code = consentFor(channel) === 'consent_email' ? 'no_consent_email' : 'no_consent_sms';
  return badRequest({ channel: reason(code, { customer: String(customer.name ?? ''), customer_id: Number(customer.id) }) });
}

/** Refuses the first of `touches` whose customer has not agreed to its channel; reads the customers set-wise. */
export async function requireConsent(db: Knex, touches: readonly { customer_id: unknown; channel: unknown }[]): Promise<void> {
  const needing = touches.filter((t) => consentFor(String(t.channel)) !== null);
  if (!needing.length) return;
  const ids = [...new Set(needing.map((t) => Number(t.customer_id)))];
  const customers = new Map<number, Row>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows: Row[] = await db('customers').whereIn('id', ids.slice(i, i + 500)).select('id', 'name', 'consent_sms', 'consent_email');
    for (const r of rows) customers.set(Number(r.id), r);
  }
  for (const t of needing) {
    const customer = customers.get(Number(t.customer_id));
    // an unknown customer is the reference check's to refuse
    if (customer && !hasConsent(customer, String(t.channel))) throw noConsent(customer, String(t.channel));
  }
}
