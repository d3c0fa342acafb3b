import { addYears, isoDate, partsOf, type Day } from './dates.js';
import type { Ctx } from './context.js';
import { fleetModels, models, type Draft } from './customers.js';
import { plate, vin } from './identifiers.js';
import { weighted, type Rng } from './random.js';

export interface Vehicle {
  id: number;
  model: string;
  color: string;
  plate: string;
  vin: string;
  purchase: Day;
  purchaseType: 'new' | 'replacement' | 'additional';
  price: number;
  insuranceYears: number;
  mileage: number;
  consultant: number | null;
  lastService: Day | null;
  /** when the next maintenance falls due (for reminders and booked appointments) */
  nextDue: Day | null;
}

export interface Visit {
  id: number;
  vehicleId: number;
  day: Day;
  type: 'maintenance' | 'repair' | 'insurance' | 'inspection';
  amount: number;
  mileage: number;
  advisor: number;
  notes: string;
}

const PRICE: Record<string, [number, number]> = {
  sedan_a: [100_000, 160_000], sedan_b: [180_000, 280_000], suv_compact: [170_000, 260_000], suv_mid: [280_000, 450_000],
  mpv: [250_000, 400_000], ev: [150_000, 300_000], pickup: [120_000, 200_000],
};
const colors = weighted([['white', 30], ['black', 25], ['silver', 15], ['grey', 15], ['blue', 8], ['red', 7]] as const);
const MAINTENANCE = [388, 468, 588, 688, 880, 1280, 1680];

const NOTES: Record<Visit['type'], string[]> = {
  maintenance: ['常规保养：更换机油、机油滤清器', '大保养：更换机油三滤及火花塞', '常规保养，检查刹车片及轮胎磨损', '保养并更换空调滤芯、雨刮片', '保养，四轮定位及动平衡'],
  repair: ['更换前刹车片及刹车盘', '钣喷：右前翼子板刮擦修复', '更换蓄电池', '空调不制冷，补充冷媒并更换膨胀阀', '更换左后轮胎（扎胎）', '底盘异响检查，更换稳定杆连杆', '车机系统升级'],
  insurance: ['续保：交强险+商业险（车损、三者300万）', '保险理赔：追尾事故后杠修复', '续保并赠送免费洗车5次'],
  inspection: ['免费安全检测（季节性服务活动）', '长途出行前全车检测', '上线年检前检测'],
};

function repairAmount(rng: Rng): number {
  const r = rng.next();
  const [lo, hi] = r < 0.6 ? [300, 1500] : r < 0.9 ? [1500, 5000] : [5000, 15000];
  return Math.round(rng.int(lo, hi) / 10) * 10;
}

function visitOf(ctx: Ctx, d: Draft, v: Vehicle, day: Day, type: Visit['type'], annualKm: number): Visit {
  const { rng } = d;
  const extras = Math.min(3.5, Math.max(0.6, d.spend));
  const amount = type === 'maintenance' ? (rng.pick(MAINTENANCE) * (v.price > 250_000 ? 1.3 : 1) + rng.int(0, 9) * 10) * extras
    : type === 'repair' ? repairAmount(rng) * extras
    : type === 'insurance' ? Math.round(rng.int(3500, 9500) / 10) * 10
    : rng.chance(0.7) ? 0 : rng.pick([150, 280]);
  return {
    id: ctx.ids.next('service_visits'), vehicleId: v.id, day, type, amount: Math.round(amount / 10) * 10,
    mileage: Math.max(50, Math.round(((day - v.purchase) / 365) * annualKm) + rng.int(-300, 300)),
    advisor: rng.chance(0.8) ? d.advisorId : rng.pick(ctx.staff.advisors),
    notes: rng.pick(NOTES[type]),
  };
}

/**
 * Service history of one car: maintenance every 10–15 months (10,000 km or a year) while the customer stays loyal (churners stop
 * at their churn day; some leave for an independent garage once the warranty ends), an occasional repair or
 * free check, and yearly insurance renewals bought through us.
 */
function serviceHistory(ctx: Ctx, d: Draft, v: Vehicle): Visit[] {
  const { rng } = d;
  const today = ctx.clock.today;
  const stop = Math.min(d.churnDay ?? today, today);
  const annualKm = rng.int(8000, 25000);
  const warrantyEnd = addYears(v.purchase, 3);
  const visits: Visit[] = [];
  let t = v.purchase + rng.int(90, 180);
  let loyal = true;
  while (t <= stop) {
    visits.push(visitOf(ctx, d, v, t, rng.chance(0.08) ? 'inspection' : 'maintenance', annualKm));
    const repair = t + rng.int(20, 150);
    if (rng.chance(0.12) && repair <= stop) visits.push(visitOf(ctx, d, v, repair, 'repair', annualKm));
    t += rng.int(300, 450);
    if (t > warrantyEnd && rng.chance(0.15)) {
      loyal = false;
      break;
    }
  }
  v.nextDue = loyal && stop === today ? t : null;
  if (rng.chance(0.7)) {
    v.insuranceYears = 1;
    for (let k = 1; addYears(v.purchase, k) <= Math.min(stop + 30, today) && rng.chance(0.6); k++) {
      visits.push(visitOf(ctx, d, v, Math.min(addYears(v.purchase, k) - rng.int(0, 15), today), 'insurance', annualKm));
      v.insuranceYears += 1;
    }
  }
  visits.sort((a, b) => a.day - b.day);
  v.lastService = visits.length ? visits[visits.length - 1].day : null;
  v.mileage = v.nextDue === null && visits.length ? visits[visits.length - 1].mileage : Math.round(((today - v.purchase) / 365) * annualKm);
  return visits;
}

/** Owners get 1–3 cars (about 1.3 on average), fleet customers 2–3; each with its service history. */
export function vehiclesOf(ctx: Ctx, d: Draft): { vehicles: Vehicle[]; visits: Visit[] } {
  const { rng } = d;
  if (d.firstPurchase === null) return { vehicles: [], visits: [] };
  const r = rng.next();
  const wanted = d.type === 'fleet' ? (r < 0.5 ? 2 : 3) : r < 0.76 ? 1 : r < 0.95 ? 2 : 3;
  const vehicles: Vehicle[] = [];
  let day = d.firstPurchase;
  for (let k = 0; k < wanted && day <= ctx.clock.today - 3; k++) {
    const model = k === 0 ? d.model : d.type === 'fleet' ? fleetModels.pick(rng) : models.pick(rng);
    const [lo, hi] = PRICE[model];
    const id = ctx.ids.next('vehicles');
    vehicles.push({
      id, model, color: colors.pick(rng), plate: plate(rng, d.loc.platePrefix, model === 'ev'),
      vin: vin(model, partsOf(day).y, id), purchase: day,
      purchaseType: k === 0 ? (rng.chance(0.82) ? 'new' : 'replacement') : rng.chance(0.65) ? 'additional' : 'replacement',
      price: Math.round(rng.int(lo, hi) / 100) * 100, insuranceYears: 0, mileage: 0,
      consultant: d.ownerId ?? rng.pick(ctx.staff.sales), lastService: null, nextDue: null,
    });
    day += d.type === 'fleet' ? rng.int(0, 400) : rng.int(180, 1200);
  }
  const visits = vehicles.flatMap((v) => serviceHistory(ctx, d, v));
  return { vehicles, visits };
}

export function vehicleRow(v: Vehicle, customerId: number): Record<string, unknown> {
  return {
    id: v.id, customer_id: customerId, model: v.model, plate: v.plate, vin: v.vin, color: v.color,
    purchase_date: isoDate(v.purchase), purchase_type: v.purchaseType, price: v.price,
    warranty_end: isoDate(addYears(v.purchase, 3)), insurance_years: v.insuranceYears, mileage: v.mileage,
    last_service_date: v.lastService === null ? null : isoDate(v.lastService), sales_consultant_id: v.consultant,
  };
}
