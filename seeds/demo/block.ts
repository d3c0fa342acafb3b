import { at, dayOfMs, isoDate } from './dates.js';
import { stamps, tierFor, type Ctx, type Row } from './context.js';
import { newCustomer, type Draft } from './customers.js';
import { vehicleRow, vehiclesOf, type Vehicle, type Visit } from './vehicles.js';
import { appointmentsOf } from './appointments.js';
import { followUpRow, followUpsOf } from './followUps.js';
import { complaintRow } from './complaints.js';
import { participationOf } from './participation.js';
import { ledgerOf, POINTS, type LedgerItem } from './ledger.js';
import { careTouchesOf } from './care.js';
import { customerNote } from './texts.js';
import { modelName } from './lookups.js';
import { Rng, seedFor } from './random.js';
import { searchTextOf } from '../../server/rest/service.js';
import { customers as customerDef } from '../../server/resources/customers.js';
import { vehicles as vehicleDef } from '../../server/resources/vehicles.js';
import { enums } from '../../server/resources/enums.js';
import { visitMonthsOf } from '../../server/domain/visitMonths.js';

/** Customers are made in blocks of this many; a referrer is an earlier customer of the same block. */
export const BLOCK = 500;

/** The tables of a block, in the order they are written (parents first). */
export const BLOCK_TABLES = ['customers', 'vehicles', 'service_visits', 'appointments', 'follow_ups', 'complaints', 'redemptions',
  'point_entries', 'event_participants', 'care_touches', 'tier_changes'] as const;
export type BlockRows = Record<(typeof BLOCK_TABLES)[number], Row[]>;

type ComplaintStatus = (typeof enums.complaint_status)[number];

/** State carried from block to block: complaint states still to show, the best customer so far. */
export interface Carry {
  forcedStatuses: ComplaintStatus[];
  vip: { id: number; name: string; balance: number } | null;
}

interface Made {
  d: Draft;
  vehicles: Vehicle[];
  visits: Visit[];
  earns: LedgerItem[];
}

const VISIT_WORDS: Record<Visit['type'], string> = { maintenance: '保养', repair: '维修', insurance: '续保', inspection: '检测' };

function history(ctx: Ctx, d: Draft, rows: BlockRows, carry: Carry): Made {
  const { vehicles, visits } = vehiclesOf(ctx, d);
  rows.appointments.push(...appointmentsOf(ctx, d, vehicles, visits));
  rows.follow_ups.push(...followUpsOf(ctx, d, vehicles, visits));
  if (d.type !== 'prospect' && (carry.forcedStatuses.length > 0 || d.rng.chance(0.035))) {
    const c = complaintRow(ctx, d, carry.forcedStatuses.shift() ?? null);
    rows.complaints.push(c);
    if (typeof c.resolved_at === 'string' && c.status !== 'reopened') {
      const due = Math.min(ctx.clock.today + 2, dayOfMs(Date.parse(c.resolved_at)) + 2);
      rows.follow_ups.push(followUpRow(ctx, d, { reason: 'after_complaint', due, vehicle: null, what: String(c.title) }));
    }
  }
  const taking = participationOf(ctx, d);
  rows.event_participants.push(...taking.rows);
  rows.follow_ups.push(...taking.followUps);
  const earns: LedgerItem[] = [...taking.earns];
  for (const v of vehicles) {
    earns.push({ ms: at(v.purchase, 15), points: POINTS.purchase(v.price) * (d.type === 'fleet' ? 2 : 1), reason: 'purchase', sourceType: 'vehicles',
      sourceId: v.id, note: `购车积分：${modelName(v.model)}`, author: v.consultant });
  }
  for (const s of visits) {
    if (s.amount > 0 && s.type !== 'insurance') earns.push({ ms: at(s.day, 17), points: POINTS.service(s.amount), reason: 'service', sourceType: 'service_visits', sourceId: s.id, note: `${VISIT_WORDS[s.type]}消费积分`, author: s.advisor });
  }
  return { d, vehicles, visits, earns };
}

/** Referred customers name an earlier owner of the block as referrer, who earns points when they buy. */
function referrals(made: Made[], blockIndex: number): Map<number, number> {
  const rng = new Rng(seedFor(11, blockIndex));
  const referrer = new Map<number, number>();
  made.forEach((m, i) => {
    if (m.d.profile.source !== 'referral') return;
    const earlier = made.slice(0, i).filter((o) => o.d.type !== 'prospect' && o.d.firstPurchase !== null && o.d.firstPurchase < m.d.created);
    if (!earlier.length) return;
    const r = rng.pick(earlier);
    referrer.set(m.d.id, r.d.id);
    if (m.d.firstPurchase !== null) {
      r.earns.push({ ms: at(m.d.firstPurchase, 16), points: POINTS.referral, reason: 'referral', sourceType: 'customers', sourceId: m.d.id,
        note: `推荐客户${m.d.person.name}购车`, author: m.d.ownerId });
    }
  });
  return referrer;
}

function lifecycle(ctx: Ctx, m: Made, lastVisit: number | null): string {
  const { today } = ctx.clock;
  const { d } = m;
  if (d.type === 'prospect') {
    if (d.created >= today - 30) return 'potential';
    if (d.created < today - 365 && d.rng.chance(0.3)) return 'churned';
    return d.rng.chance(0.6) ? 'developing' : 'potential';
  }
  const lastPurchase = Math.max(...m.vehicles.map((v) => v.purchase));
  const gap = today - Math.max(lastVisit ?? lastPurchase, lastPurchase);
  if (gap > 365) return 'churned';
  return lastPurchase >= today - 365 ? 'growing' : 'mature';
}

function finish(ctx: Ctx, m: Made, referredBy: number | null, rows: BlockRows, carry: Carry): void {
  const { d, vehicles, visits } = m;
  const { clock } = ctx;
  const ledger = ledgerOf(ctx, d, m.earns);
  const tier = tierFor(ctx.tiers, ledger.qualifying);
  const lastVisit = visits.length ? Math.max(...visits.map((v) => v.day)) : null;
  const stage = lifecycle(ctx, m, lastVisit);
  if (tier.rank >= 3) d.tags.add('VIP');
  if (lastVisit !== null && clock.today - lastVisit > 180 && stage !== 'churned') d.tags.add('流失预警');
  if (vehicles.some((v) => v.purchaseType === 'replacement')) d.tags.add('置换客户');
  if (vehicles.some((v) => v.purchaseType === 'additional')) d.tags.add('增购客户');
  if (vehicles.some((v) => v.insuranceYears >= 2)) d.tags.add('保险续保');
  if (stage === 'developing' && d.created >= clock.today - 60 && d.rng.chance(0.3)) d.tags.add('高意向');
  // The profile object becomes the row (filled in place: copying 40-odd keys per customer costs more than SQLite).
  const row = d.profile;
  row.id = d.id;
  row.lifecycle_stage = stage;
  row.tier_id = tier.id;
  row.points_balance = ledger.balance;
  row.last_visit_date = lastVisit === null ? null : isoDate(lastVisit);
  // what the database triggers keep from the vehicles and visits (they are off while seeding on PostgreSQL)
  row.first_purchase_date = vehicles.length ? isoDate(Math.min(...vehicles.map((v) => v.purchase))) : null;
  Object.assign(row, visitMonthsOf(visits.map((v) => isoDate(v.day))));
  row.referred_by_id = referredBy;
  row.tags = JSON.stringify([...d.tags]);
  row.notes = d.rng.chance(0.4) ? customerNote(d.rng, d.type, d.model) : null;
  row.search_text = searchTextOf(customerDef, row);
  const createdMs = at(d.created, d.rng.int(9, 18), d.rng.int(0, 59));
  const touchedMs = d.rng.chance(0.05) ? clock.nowMs - d.rng.int(1, 7 * 24) * 3_600_000 : at(Math.max(d.created, lastVisit ?? 0), 17, 30);
  const stamp = stamps(clock, createdMs, touchedMs);
  row.created_at = stamp.created_at;
  row.updated_at = stamp.updated_at;
  row.version = 1;
  rows.customers.push(row);
  for (const v of vehicles) {
    const vr = vehicleRow(v, d.id);
    rows.vehicles.push({ ...vr, search_text: searchTextOf(vehicleDef, vr), ...stamps(clock, at(v.purchase, 15), at(v.lastService ?? v.purchase, 17)) });
  }
  for (const s of visits) {
    rows.service_visits.push({
      id: s.id, customer_id: d.id, vehicle_id: s.vehicleId, visit_date: isoDate(s.day), visit_type: s.type, amount: s.amount,
      mileage: s.mileage, advisor_id: s.advisor, notes: s.notes, ...stamps(clock, at(s.day, 17)),
    });
  }
  rows.point_entries.push(...ledger.entries);
  rows.tier_changes.push(...promotionsOf(ctx, d.id, ledger.entries));
  rows.redemptions.push(...ledger.redemptions);
  rows.care_touches.push(...careTouchesOf(ctx, d, tier, vehicles));
  if (!carry.vip || ledger.balance > carry.vip.balance) carry.vip = { id: d.id, name: d.person.name, balance: ledger.balance };
}

/**
 * The tier history the ledger implies: a promotion on the day the running total of qualifying points first
 * reached each tier's threshold (as the recalculation would have recorded it).
 */
function promotionsOf(ctx: Ctx, customerId: number, entries: Row[]): Row[] {
  const ladder = [...ctx.tiers].sort((a, b) => a.threshold - b.threshold);
  const out: Row[] = [];
  let reached = 0;
  let total = 0;
  for (const e of entries) {
    total += Number(e.qualifying_points);
    while (reached + 1 < ladder.length && total >= ladder[reached + 1].threshold) {
      reached += 1;
      out.push({
        id: ctx.ids.next('tier_changes'), customer_id: customerId, from_tier_id: ladder[reached - 1].id, to_tier_id: ladder[reached].id,
        direction: 'up', reason: 'recalculation', points: total, rule_version: null, batch_id: null, author_id: null,
        created_at: e.created_at, updated_at: e.created_at, version: 1,
      });
    }
  }
  return out;
}

/** Customers `from` … `from + count - 1` with all their history, as rows per table. */
export function makeBlock(ctx: Ctx, from: number, count: number, carry: Carry): BlockRows {
  const rows = Object.fromEntries(BLOCK_TABLES.map((t) => [t, [] as Row[]])) as BlockRows;
  const made: Made[] = [];
  for (let i = from; i < from + count; i++) made.push(history(ctx, newCustomer(ctx, i, ctx.ids.next('customers')), rows, carry));
  const referrer = referrals(made, Math.floor(from / BLOCK));
  for (const m of made) finish(ctx, m, referrer.get(m.d.id) ?? null, rows, carry);
  return rows;
}
