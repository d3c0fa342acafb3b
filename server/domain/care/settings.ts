import type { Knex } from 'knex';
import { z } from 'zod';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { errorsOf } from '../zodReasons.js';
import { writeAudit, type AuditContext } from '../audit.js';
import { VALUE_DEFAULTS, valueSettingSchema } from '../value/valueSetting.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const whole = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * The care team's adjustable rules, one JSON document per key in `care_settings`; a key never saved reads as
 * its defaults (from the seed documents: respond within 24 hours, appointments 80%, service every 6 months …).
 */
const schemas = {
  /** working hours (China time) the SLA clock counts in, and the clocks themselves in working hours */
  sla: z.object({
    work_start: clock, work_end: clock, lunch_start: clock, lunch_end: clock,
    first_response_hours: whole(1, 720), resolve_hours: whole(1, 2000), warn_before_hours: whole(0, 72),
  }).strict(),
  /** recording follow-ups: retries when not reached, and what a score leads to */
  follow_up: z.object({
    max_attempts: whole(1, 10), retry_after_days: whole(1, 30),
    complaint_below: whole(1, 10), very_satisfied_from: whole(1, 10),
  }).strict(),
  /** maintenance-due reminders from the last service and the mileage */
  maintenance: z.object({
    interval_months: whole(1, 36), interval_km: whole(500, 100_000), avg_km_per_month: whole(50, 20_000), remind_days_before: whole(0, 60),
  }).strict(),
  /** who counts as at risk of leaving */
  churn: z.object({
    no_visit_months: whole(1, 60), warranty_days_ahead: whole(0, 365), insurance_days_ahead: whole(0, 365), spend_drop_percent: whole(1, 100),
  }).strict(),
  /** greetings are prepared this many days before the day, signed with the dealer's name ({dealer}) */
  greetings: z.object({ days_ahead: whole(0, 60), dealer: z.string().trim().min(1).max(60) }).strict(),
  /** the appointment success target (arrived ÷ booked) */
  appointments: z.object({ success_target_percent: whole(1, 100) }).strict(),
  /** the dashboard's KPI targets as shares (0–1); churn is a ceiling, the others floors (appointment success: `appointments`) */
  targets: z.object({
    satisfaction: z.number().min(0).max(1), loyalty: z.number().min(0).max(1), churn: z.number().min(0).max(1),
    complaint_response: z.number().min(0).max(1), follow_up_completion: z.number().min(0).max(1),
  }).strict(),
  /** customer value (RFM and seed 002's valuable-customer rules): see server/domain/value/ */
  value: valueSettingSchema,
};

export type CareSettingKey = keyof typeof schemas;
export type CareSettings = { [K in CareSettingKey]: z.infer<(typeof schemas)[K]> };

export const CARE_DEFAULTS: CareSettings = {
  sla: { work_start: '09:00', work_end: '18:00', lunch_start: '12:00', lunch_end: '13:00', first_response_hours: 24, resolve_hours: 72, warn_before_hours: 4 },
  follow_up: { max_attempts: 3, retry_after_days: 1, complaint_below: 3, very_satisfied_from: 5 },
  maintenance: { interval_months: 6, interval_km: 5000, avg_km_per_month: 1200, remind_days_before: 7 },
  churn: { no_visit_months: 6, warranty_days_ahead: 60, insurance_days_ahead: 30, spend_drop_percent: 50 },
  greetings: { days_ahead: 3, dealer: '京诚汽车4S店' },
  appointments: { success_target_percent: 80 },
  targets: { satisfaction: 0.9, loyalty: 0.8, churn: 0.05, complaint_response: 0.95, follow_up_completion: 0.9 },
  value: VALUE_DEFAULTS,
};

export const CARE_SETTING_KEYS = Object.keys(schemas) as CareSettingKey[];

export const isCareSettingKey = (key: string): key is CareSettingKey => Object.hasOwn(schemas, key);

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** One key's settings: the stored document over the defaults (a key added to the defaults later still reads whole). */
export async function careSetting<K extends CareSettingKey>(db: Knex, key: K): Promise<CareSettings[K]> {
  const row = await db('care_settings').where({ key }).first('value');
  return { ...CARE_DEFAULTS[key], ...(row ? (parsed(row.value) as object) : {}) } as CareSettings[K];
}

export async function allCareSettings(db: Knex): Promise<CareSettings> {
  const rows: { key: string; value: unknown }[] = await db('care_settings').select('key', 'value');
  const out = { ...CARE_DEFAULTS } as Record<CareSettingKey, unknown>;
  for (const r of rows) if (isCareSettingKey(r.key)) out[r.key] = { ...CARE_DEFAULTS[r.key], ...(parsed(r.value) as object) };
  return out as CareSettings;
}

/** Checks and stores one key's whole document (400 by field, e.g. `resolve_hours`, and nothing stored); audited. */
export async function saveCareSetting<K extends CareSettingKey>(db: Knex, key: K, value: unknown, ctx: AuditContext): Promise<CareSettings[K]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest({ body: reason('not_object') });
  // a partial document changes only what it names
  const result = schemas[key].safeParse({ ...(await careSetting(db, key)), ...value });
  if (!result.success) {
    const errors: Record<string, Reason> = {};
    errorsOf(result.error, '', errors);
    throw badRequest(errors);
  }
  const stamp = new Date().toISOString();
  await db.transaction(async (trx) => {
    const before = await careSetting(trx, key);
    const updated = await trx('care_settings').where({ key }).update({ value: JSON.stringify(result.data), updated_at: stamp, version: trx.raw('version + 1') });
    if (!updated) await trx('care_settings').insert({ key, value: JSON.stringify(result.data), created_at: stamp, updated_at: stamp, version: 1 });
    await writeAudit(trx, ctx, { action: 'update', resource: 'care_settings', recordId: null, title: key, changes: { [key]: { from: before, to: result.data } } });
  });
  return result.data as CareSettings[K];
}
