import { at, isoTime, type Day } from './dates.js';
import { stamps, type Ctx, type Row } from './context.js';
import type { Draft } from './customers.js';
import type { Vehicle, Visit } from './vehicles.js';
import { modelName } from './lookups.js';

/** Appointments are kept for two years; the success rate climbs over that time from 50% towards the 80% target. */
export const APPOINTMENT_YEARS = 2;

/** Share of visits that were booked; failed bookings are added so that arrived / all ≈ the success rate. */
const BOOKED = 0.45;

type Status = 'scheduled' | 'reminded' | 'arrived' | 'no_show' | 'cancelled';
type Kind = 'maintenance' | 'repair' | 'inspection' | 'test_drive' | 'delivery';

const NOTE: Record<Kind, (km: number, model: string) => string> = {
  maintenance: (km) => `预约${Math.max(5, Math.round(km / 5000) * 5)}千公里保养`,
  repair: () => '客户反映刹车异响，预约到店检查',
  inspection: () => '长途出行前预约全车检测',
  test_drive: (_km, model) => `预约试驾${model}`,
  delivery: () => '新车交车，准备交车仪式与拍照',
};
const FAILED: Record<'no_show' | 'cancelled', string[]> = {
  no_show: ['客户未到店，电话未接通', '客户未到店，称忘记预约时间，已另约'],
  cancelled: ['客户临时出差，取消预约', '客户来电改期', '车辆已在外地保养，取消'],
};

function slot(d: Draft, day: Day): number {
  return at(day, d.rng.int(9, 16), d.rng.pick([0, 30]));
}

function row(ctx: Ctx, d: Draft, kind: Kind, ms: number, status: Status, vehicle: Vehicle | null, notes: string): Row {
  const { rng } = d;
  const bookedMs = ms - rng.int(1, 10) * 86_400_000;
  const changedMs = status === 'scheduled' ? bookedMs : status === 'reminded' ? ms - 86_400_000 : ms;
  return {
    id: ctx.ids.next('appointments'), customer_id: d.id, vehicle_id: vehicle?.id ?? null,
    scheduled_at: isoTime(ms), appointment_type: kind, status,
    advisor_id: kind === 'test_drive' || kind === 'delivery' ? d.ownerId ?? ctx.staff.sales[0] : d.advisorId,
    notes, ...stamps(ctx.clock, bookedMs, changedMs),
  };
}

/** A future appointment is reminded the day before or sooner. */
function upcoming(ctx: Ctx, d: Draft, ms: number): Status {
  return ms - ctx.clock.nowMs < 2 * 86_400_000 && d.rng.chance(0.7) ? 'reminded' : 'scheduled';
}

export function appointmentsOf(ctx: Ctx, d: Draft, vehicles: Vehicle[], visits: Visit[]): Row[] {
  const { rng } = d;
  const { today, nowMs } = ctx.clock;
  const from = today - APPOINTMENT_YEARS * 365;
  const out: Row[] = [];
  const byId = new Map(vehicles.map((v) => [v.id, v]));
  for (const visit of visits) {
    if (visit.day < from || visit.type === 'insurance') continue;
    const vehicle = byId.get(visit.vehicleId) ?? null;
    const success = 0.5 + (0.3 * (visit.day - from)) / (today - from);
    const booked = rng.chance(BOOKED);
    const kind: Kind = visit.type === 'repair' ? 'repair' : visit.type === 'inspection' ? 'inspection' : 'maintenance';
    if (booked) out.push(row(ctx, d, kind, slot(d, visit.day), 'arrived', vehicle, NOTE[kind](visit.mileage, '')));
    if (rng.chance((BOOKED * (1 - success)) / success) && visit.day - 3 >= from) {
      const status = rng.chance(0.6) ? 'no_show' : 'cancelled';
      out.push(row(ctx, d, kind, slot(d, visit.day - rng.int(3, 20)), status, vehicle, rng.pick(FAILED[status])));
    }
  }
  for (const v of vehicles) {
    if (v.purchase >= from && rng.chance(0.6)) out.push(row(ctx, d, 'delivery', slot(d, v.purchase), 'arrived', v, NOTE.delivery(0, '')));
    if (v.nextDue !== null && v.nextDue <= today + 30 && v.nextDue >= today && rng.chance(0.6)) {
      const ms = slot(d, v.nextDue);
      if (ms > nowMs) out.push(row(ctx, d, 'maintenance', ms, upcoming(ctx, d, ms), v, NOTE.maintenance(v.mileage + 5000, '')));
    }
  }
  if (d.type === 'prospect' && d.created >= today - 120 && rng.chance(0.7)) {
    const ms = slot(d, d.created + rng.int(0, 20));
    const model = modelName(d.model);
    if (ms > nowMs) out.push(row(ctx, d, 'test_drive', ms, upcoming(ctx, d, ms), null, NOTE.test_drive(0, model)));
    else {
      const r = rng.next();
      const status: Status = r < 0.65 ? 'arrived' : r < 0.85 ? 'no_show' : 'cancelled';
      out.push(row(ctx, d, 'test_drive', ms, status, null, status === 'arrived' ? NOTE.test_drive(0, model) : rng.pick(FAILED[status])));
    }
    if (rng.chance(0.06)) {
      const ms = slot(d, today + rng.int(1, 10));
      out.push(row(ctx, d, 'delivery', ms, upcoming(ctx, d, ms), null, `已订购${model}，等待交车`));
    }
  }
  return out;
}
