import type { Knex } from 'knex';
import type { Row } from '../../resources/types.js';
import { careSetting, type CareSettings } from '../care/settings.js';
import { addDays, addMonths, atChinaTime, chinaDay, dayText } from '../chinaTime.js';
import { HOLDS_SLOT } from './rules.js';

/**
 * Maintenance-due reminders (保养提醒, seed 002: "avoid the customer being due for a service without having
 * been told"). A vehicle is next due `interval_months` after its last service (or its purchase, before the
 * first one), or earlier when its mileage reaches the next multiple of `interval_km` first, reckoned from the
 * mileage last recorded and `avg_km_per_month`. Once the due day is `remind_days_before` days away or closer,
 * the sweep books a maintenance appointment (origin maintenance_due, status scheduled) for 10:00 China time on
 * the due day, or the advisor's next free hour, with the advisor who last serviced the car (who knows it),
 * else the customer's owner. A vehicle gets one reminder per service cycle: none while it has an open
 * maintenance appointment, and none again after a reminder for this cycle arrived, was missed or cancelled
 * (a missed reminder shows in the success rate; the churn list takes it from there). Cars overdue by more
 * than OVERDUE_DAYS are left to the churn list too, so the first sweep over old data books no backlog.
 */
export const OVERDUE_DAYS = 30;
const FIRST_HOUR = 10;
/** the hours a reminder may take, lunch left free */
const HOURS = [FIRST_HOUR, 11, 13, 14, 15, 16];
const SLOT_MINUTES = 60;
const EARLY_SHARE = 0.2;
const SEARCH_DAYS = 14;
const CHUNK = 500;

export interface ReminderSummary {
  /** appointments booked by this run */
  created: number;
  ids: number[];
}

interface Candidate {
  vehicle: number;
  customer: number;
  base: string;
  due: string;
  advisor: number | null;
}

/** The day a vehicle is next due, by time or by mileage, whichever comes first. */
export function dueDay(v: { base: string; mileage: number | null }, rules: CareSettings['maintenance']): string {
  const byTime = addMonths(v.base, rules.interval_months);
  if (v.mileage == null || v.mileage < 0) return byTime;
  // services fall at multiples of interval_km (the 5千公里 service); one done a little early counts as that one
  const next = (Math.floor((v.mileage + EARLY_SHARE * rules.interval_km) / rules.interval_km) + 1) * rules.interval_km;
  const days = Math.floor(((next - v.mileage) / rules.avg_km_per_month) * 30.4);
  const byKm = addDays(v.base, days);
  return byKm < byTime ? byKm : byTime;
}

async function dueVehicles(db: Knex, today: string, rules: CareSettings['maintenance']): Promise<Candidate[]> {
  const rows: Row[] = await db('vehicles')
    .where((w) => w.whereNotNull('last_service_date').orWhereNotNull('purchase_date'))
    .select('id', 'customer_id', 'purchase_date', 'last_service_date', 'mileage');
  const last = addDays(today, rules.remind_days_before);
  const first = addDays(today, -OVERDUE_DAYS);
  const out: Candidate[] = [];
  for (const r of rows) {
    const base = dayText(r.last_service_date) ?? dayText(r.purchase_date);
    if (!base) continue;
    const due = dueDay({ base, mileage: r.mileage == null ? null : Number(r.mileage) }, rules);
    if (due >= first && due <= last) out.push({ vehicle: Number(r.id), customer: Number(r.customer_id), base, due, advisor: null });
  }
  return out;
}

/** Drops vehicles already booked for maintenance or already reminded this cycle. */
async function notYetReminded(db: Knex, list: Candidate[]): Promise<Candidate[]> {
  const taken = new Set<number>();
  for (let i = 0; i < list.length; i += CHUNK) {
    const part = list.slice(i, i + CHUNK);
    const rows: Row[] = await db('appointments')
      .whereIn('vehicle_id', part.map((c) => c.vehicle))
      .where((w) => w.where((o) => o.where('appointment_type', 'maintenance').whereIn('status', ['scheduled', 'reminded']))
        .orWhere('origin', 'maintenance_due'))
      .select('vehicle_id', 'status', 'origin', 'scheduled_at');
    const base = new Map(part.map((c) => [c.vehicle, c.base]));
    for (const r of rows) {
      const open = r.status === 'scheduled' || r.status === 'reminded';
      if (open || chinaDay(r.scheduled_at as string) > (base.get(Number(r.vehicle_id)) ?? '')) taken.add(Number(r.vehicle_id));
    }
  }
  return list.filter((c) => !taken.has(c.vehicle));
}

/** The advisor of each vehicle's latest service visit, else the customer's owner. */
async function assignAdvisors(db: Knex, list: Candidate[]): Promise<void> {
  for (let i = 0; i < list.length; i += CHUNK) {
    const part = list.slice(i, i + CHUNK);
    const visits: Row[] = await db('service_visits')
      .whereIn('vehicle_id', part.map((c) => c.vehicle))
      .whereNotNull('advisor_id')
      .orderBy([{ column: 'visit_date', order: 'asc' }, { column: 'id', order: 'asc' }])
      .select('vehicle_id', 'advisor_id');
    const byVehicle = new Map(visits.map((v) => [Number(v.vehicle_id), Number(v.advisor_id)]));
    const owners: Row[] = await db('customers').whereIn('id', [...new Set(part.map((c) => c.customer))]).select('id', 'owner_id');
    const byCustomer = new Map(owners.map((o) => [Number(o.id), o.owner_id == null ? null : Number(o.owner_id)]));
    for (const c of part) c.advisor = byVehicle.get(c.vehicle) ?? byCustomer.get(c.customer) ?? null;
  }
}

/** Busy spans (ms) per advisor over the days the sweep may book. */
async function busyTimes(db: Knex, advisors: number[], fromDay: string, toDay: string): Promise<Map<number, [number, number][]>> {
  const busy = new Map<number, [number, number][]>();
  if (!advisors.length) return busy;
  const rows: Row[] = await db('appointments')
    .whereIn('advisor_id', advisors)
    .whereIn('status', HOLDS_SLOT)
    .where('scheduled_at', '>=', atChinaTime(addDays(fromDay, -1), 0).toISOString())
    .where('scheduled_at', '<', atChinaTime(addDays(toDay, 1), 0).toISOString())
    .select('advisor_id', 'scheduled_at', 'duration_minutes');
  for (const r of rows) {
    const start = Date.parse(r.scheduled_at instanceof Date ? r.scheduled_at.toISOString() : String(r.scheduled_at));
    const list = busy.get(Number(r.advisor_id)) ?? [];
    list.push([start, start + Number(r.duration_minutes ?? 60) * 60_000]);
    busy.set(Number(r.advisor_id), list);
  }
  return busy;
}

/** 10:00 on the day, else the next free whole hour up to 16:00 (not over lunch), else the days after. */
function freeSlot(busy: [number, number][], day: string, notBefore: number): Date {
  for (let d = 0; d < SEARCH_DAYS; d += 1) {
    for (const h of HOURS) {
      const start = atChinaTime(addDays(day, d), h).getTime();
      const end = start + SLOT_MINUTES * 60_000;
      if (start >= notBefore && !busy.some(([s, e]) => s < end && start < e)) return new Date(start);
    }
  }
  return atChinaTime(addDays(day, SEARCH_DAYS), FIRST_HOUR);
}

/** Books the reminders that are due; idempotent, one transaction. */
export async function generateMaintenanceReminders(db: Knex, now: Date): Promise<ReminderSummary> {
  return db.transaction(async (trx) => {
    const rules = await careSetting(trx, 'maintenance');
    const today = chinaDay(now);
    const due = await notYetReminded(trx, await dueVehicles(trx, today, rules));
    if (!due.length) return { created: 0, ids: [] };
    await assignAdvisors(trx, due);
    // a due day already past books the next day: the reminder call needs a day's notice
    const tomorrow = addDays(today, 1);
    for (const c of due) if (c.due < tomorrow) c.due = tomorrow;
    due.sort((a, b) => a.due.localeCompare(b.due) || a.vehicle - b.vehicle);
    const advisors = [...new Set(due.flatMap((c) => (c.advisor == null ? [] : [c.advisor])))];
    const busy = await busyTimes(trx, advisors, due[0].due, addDays(due[due.length - 1].due, SEARCH_DAYS));
    const stamp = now.toISOString();
    const rows: Row[] = due.map((c) => {
      const mine = c.advisor == null ? [] : (busy.get(c.advisor) ?? []);
      const at = c.advisor == null ? atChinaTime(c.due, FIRST_HOUR) : freeSlot(mine, c.due, now.getTime());
      if (c.advisor != null) busy.set(c.advisor, [...mine, [at.getTime(), at.getTime() + SLOT_MINUTES * 60_000]]);
      return {
        customer_id: c.customer, vehicle_id: c.vehicle, scheduled_at: at.toISOString(), appointment_type: 'maintenance',
        status: 'scheduled', advisor_id: c.advisor, duration_minutes: SLOT_MINUTES, origin: 'maintenance_due',
        notes: `保养到期 ${c.due}（上次保养/购车 ${c.base}）`, created_at: stamp, updated_at: stamp, version: 1,
      };
    });
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const inserted: Row[] = await trx('appointments').insert(rows.slice(i, i + CHUNK), ['id']);
      ids.push(...inserted.map((r) => Number(typeof r === 'object' ? r.id : r)));
    }
    return { created: ids.length, ids };
  });
}
