import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { dialectOf } from '../../db/connect.js';
import { careSetting } from '../care/settings.js';
import { addDays, chinaDay, dayText } from '../chinaTime.js';
import { hasConsent } from './consent.js';
import { builtInBody, chooseTemplate, giftOf, render, templateOf, type Placeholders, type Template } from './templates.js';

/**
 * The daily greetings sweep (生日/节日/购车周年关怀, seeds 000 and 004): every birthday, purchase anniversary
 * (one year or more) and greeting day falling from today to `days_ahead` days on becomes a scheduled care
 * touch on that day, so the team prepares cards and gifts ahead.
 *
 * - Holidays go to owners and fleet customers (not prospects); birthdays to everyone with a birthday;
 *   anniversaries per car.
 * - Channel: the customer's preferred contact channel as a touch channel when they agreed to it (a card,
 *   call or visit needs no agreement), else SMS, else e-mail where agreed. A customer reachable on none is
 *   NOT given a touch: the summary counts them (`no_consent`), and a later run, after they agree, picks
 *   them up while the day is still ahead.
 * - Idempotent: each touch carries a `source_key` (`birthday:<customer>:<yyyy>`, `anniversary:<car>:<yyyy>`,
 *   `holiday:<code>:<customer>:<day>`); a touch already recorded by hand for the same customer, kind and day
 *   also counts as done.
 */
export type GreetingKind = 'birthday' | 'holiday' | 'anniversary';

export interface GreetingSummary {
  created: number;
  by_type: Record<GreetingKind, number>;
  /** customers with a greeting due whom no channel they agreed to reaches */
  no_consent: number;
  /** already generated (or recorded by hand) */
  existing: number;
}

interface Candidate {
  key: string;
  kind: GreetingKind;
  customerId: number;
  day: string;
  holiday: string | null;
  values: Placeholders;
}

const CHUNK = 500;

/** contact channel (customers.preferred_channel) → touch channel */
const TOUCH_CHANNEL: Record<string, string> = { phone: 'call', sms: 'sms', wechat: 'wechat', email: 'email', visit: 'visit', mail: 'card' };

export function channelFor(customer: Row): string | null {
  const preferred = TOUCH_CHANNEL[String(customer.preferred_channel)];
  if (preferred && hasConsent(customer, preferred)) return preferred;
  for (const fallback of ['sms', 'email']) if (hasConsent(customer, fallback)) return fallback;
  return null;
}

/** The window's days by month-day ('MM-DD' → 'YYYY-MM-DD'); 29 February birthdays are greeted on the 28th in other years. */
function monthDays(today: string, ahead: number): Map<string, string> {
  const days = new Map<string, string>();
  for (let i = 0; i <= ahead; i++) {
    const day = addDays(today, i);
    days.set(day.slice(5), day);
    if (day.slice(5) === '02-28' && addDays(day, 1).slice(5) === '03-01') days.set('02-29', day);
  }
  return days;
}

/** `<column's MM-DD> IN (?, …)`; the column is a name from this file, never from a request. */
function inMonthDays(db: Knex, column: string, days: Map<string, string>): string {
  const md = dialectOf(db) === 'postgres' ? `to_char(${column}, 'MM-DD')` : `strftime('%m-%d', ${column})`;
  return `${md} IN (${[...days.keys()].map(() => '?').join(', ')})`;
}

async function labels(db: Knex, type: string): Promise<Map<string, Row>> {
  const rows: Row[] = await db('lookups').where({ type }).select('code', 'label_zh', 'label_en');
  return new Map(rows.map((r) => [String(r.code), r]));
}

const label = (map: Map<string, Row>, code: string, locale: string) => {
  const r = map.get(code);
  return String((locale === 'en' ? r?.label_en : r?.label_zh) ?? r?.label_zh ?? code);
};

async function birthdays(db: Knex, days: Map<string, string>): Promise<Candidate[]> {
  const rows: Row[] = await db('customers').whereNotNull('birthday')
    .whereRaw(inMonthDays(db, 'birthday', days), [...days.keys()]).select('id', 'birthday');
  return rows.map((r) => {
    const day = days.get(dayText(r.birthday)!.slice(5))!;
    return { key: `birthday:${r.id}:${day.slice(0, 4)}`, kind: 'birthday', customerId: Number(r.id), day, holiday: null, values: {} };
  });
}

async function anniversaries(db: Knex, days: Map<string, string>): Promise<(Candidate & { model: string })[]> {
  const rows: Row[] = await db('vehicles').whereNotNull('purchase_date').whereNotNull('customer_id')
    .whereRaw(inMonthDays(db, 'purchase_date', days), [...days.keys()]).select('id', 'customer_id', 'purchase_date', 'model');
  return rows.flatMap((r) => {
    const bought = dayText(r.purchase_date)!;
    const day = days.get(bought.slice(5))!;
    const years = Number(day.slice(0, 4)) - Number(bought.slice(0, 4));
    if (years < 1) return [];
    return [{
      key: `anniversary:${r.id}:${day.slice(0, 4)}`, kind: 'anniversary' as const, customerId: Number(r.customer_id), day, holiday: null,
      values: { years }, model: String(r.model ?? ''),
    }];
  });
}

async function holidays(db: Knex, today: string, end: string): Promise<Candidate[]> {
  const days: Row[] = await db('greeting_days').whereBetween('day', [today, end]).select('holiday', 'day');
  if (!days.length) return [];
  const customers: Row[] = await db('customers').whereNot('customer_type', 'prospect').select('id');
  return days.flatMap((d) => {
    const day = dayText(d.day)!;
    const code = String(d.holiday);
    return customers.map((c) => ({ key: `holiday:${code}:${c.id}:${day}`, kind: 'holiday' as const, customerId: Number(c.id), day, holiday: code, values: {} }));
  });
}

/** Keys already used, and the (customer, kind, day) a touch was recorded for by hand. */
async function existingOf(db: Knex, part: Candidate[]): Promise<Set<string>> {
  const done = new Set<string>();
  const keyed: Row[] = await db('care_touches').whereIn('source_key', part.map((c) => c.key)).select('source_key');
  for (const r of keyed) done.add(String(r.source_key));
  const byHand: Row[] = await db('care_touches').whereIn('customer_id', [...new Set(part.map((c) => c.customerId))])
    .whereIn('scheduled_date', [...new Set(part.map((c) => c.day))]).whereIn('touch_type', [...new Set(part.map((c) => c.kind))])
    .select('customer_id', 'touch_type', 'scheduled_date');
  for (const r of byHand) done.add(`${r.touch_type}|${r.customer_id}|${dayText(r.scheduled_date)}`);
  return done;
}

/** Creates the greetings due within the window; idempotent, one transaction. */
export async function generateGreetings(db: Knex, now: Date): Promise<GreetingSummary> {
  return db.transaction(async (trx) => {
    const { days_ahead: ahead, dealer } = await careSetting(trx, 'greetings');
    const today = chinaDay(now);
    const end = addDays(today, ahead);
    const stamp = now.toISOString();
    const window = monthDays(today, ahead);
    const [holidayNames, models] = [await labels(trx, 'holiday'), await labels(trx, 'vehicle_model')];
    const templates: Template[] = (await trx('message_templates').where({ active: true }).whereIn('touch_type', ['birthday', 'holiday', 'anniversary'])
      .select('id', 'touch_type', 'tier_id', 'locale', 'channel', 'body', 'gift')).map(templateOf);
    const cars = await anniversaries(trx, window);
    const modelOf = new Map(cars.map((c) => [c.key, c.model]));
    const candidates: Candidate[] = [...await birthdays(trx, window), ...cars, ...await holidays(trx, today, end)];

    const summary: GreetingSummary = { created: 0, by_type: { birthday: 0, holiday: 0, anniversary: 0 }, no_consent: 0, existing: 0 };
    const unreachable = new Set<number>();
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const part = candidates.slice(i, i + CHUNK);
      const done = await existingOf(trx, part);
      const customers = new Map<number, Row>((await trx('customers').whereIn('id', [...new Set(part.map((c) => c.customerId))])
        .select('id', 'name', 'tier_id', 'owner_id', 'preferred_channel', 'preferred_locale', 'consent_sms', 'consent_email'))
        .map((r: Row) => [Number(r.id), r]));
      const rows: Row[] = [];
      for (const c of part) {
        if (done.has(c.key) || done.has(`${c.kind}|${c.customerId}|${c.day}`)) {
          summary.existing += 1;
          continue;
        }
        const customer = customers.get(c.customerId);
        if (!customer) continue;
        const channel = channelFor(customer);
        if (!channel) {
          unreachable.add(c.customerId);
          continue;
        }
        const tierId = customer.tier_id == null ? null : Number(customer.tier_id);
        const locale = customer.preferred_locale === 'en' ? 'en' : 'zh';
        const template = chooseTemplate(templates, { touchType: c.kind, tierId, locale, channel });
        const textLocale = template?.locale ?? locale;
        const values: Placeholders = {
          ...c.values, name: String(customer.name), dealer,
          holiday: c.holiday ? label(holidayNames, c.holiday, textLocale) : undefined,
          model: modelOf.has(c.key) ? label(models, modelOf.get(c.key)!, textLocale) : undefined,
        };
        rows.push({
          customer_id: c.customerId, touch_type: c.kind, holiday: c.holiday, channel, scheduled_date: c.day, status: 'scheduled',
          message: render(template?.body ?? builtInBody(c.kind, locale), values).slice(0, 1000), gift: giftOf(template, tierId),
          staff_id: customer.owner_id ?? null, template_id: template?.id ?? null, source_key: c.key,
          created_at: stamp, updated_at: stamp, version: 1,
        });
        summary.by_type[c.kind] += 1;
      }
      if (rows.length) await trx('care_touches').insert(rows);
      summary.created += rows.length;
    }
    summary.no_consent = unreachable.size;
    return summary;
  });
}
