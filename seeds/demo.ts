import type { Knex } from 'knex';
import { analyzeAfterLoad, vacuumAfterLoad } from '../server/db/statistics.js';
import { withoutTriggers } from '../server/db/triggers.js';
import { withoutMatchKeyTriggers } from '../server/domain/duplicates/matchKeys.js';
import { Clock } from './demo/dates.js';
import { Ids, type Ctx, type Row, type TierInfo } from './demo/context.js';
import { DEMO_PASSWORDS, staffRows } from './demo/staff.js';
import { hashPassword } from '../server/auth/password.js';
import { giftRows } from './demo/gifts.js';
import { eventRows } from './demo/events.js';
import { budgetLineRows } from './demo/budgetLines.js';
import { carePlanRows, segmentRows } from './demo/segments.js';
import { BLOCK, BLOCK_TABLES, makeBlock, type Carry } from './demo/block.js';
import { maxIds } from './demo/writer.js';
import { seedCareRules } from './demo/careRules.js';
import { workCalendarRows } from './demo/workCalendar.js';
import { complaintStepRows } from './demo/complaintSteps.js';
import { BatchInsert } from '../server/db/batchInsert.js';
import { careQueue } from './demo/careQueue.js';
import { seedGreetings } from './demo/greetings.js';
import { backfillCustomerValue } from '../server/domain/value/job.js';

/**
 * Demo data: a car dealership's customer-relations department with `customers` customers and their
 * history (cars, service visits, appointments, follow-ups, complaints, points, events, care touches).
 * Deterministic: the same `customers` and `today` give the same rows. Dates are relative to `today`
 * (default: now), so the app always looks current. Expects the fixtures (lookups, tiers) in place and
 * no demo data yet; everything is written in one transaction, with ids given in memory so derived
 * columns (points balance, tier, last visit) are computed before the rows are written.
 */

export interface SeedProgress {
  /** the table just written to */
  table: string;
  /** rows written to it so far */
  rows: number;
  /** customers written so far, of `total` */
  customers: number;
  total: number;
}

type Progress = (p: SeedProgress) => void;

const TABLES = ['users', 'gifts', 'cs_plans', 'events', 'event_tasks', 'event_budget_lines', 'segments', ...BLOCK_TABLES, 'care_plans'] as const;

const ALL_COMPLAINT_STATES: Carry['forcedStatuses'] = ['received', 'confirmed', 'assigned', 'resolved', 'feedback', 'closed', 'reopened'];

async function loadTiers(db: Knex): Promise<TierInfo[]> {
  const rows: { id: number; code: string; rank: number; threshold_points: number; active: unknown }[] =
    await db('tiers').select('id', 'code', 'rank', 'threshold_points', 'active');
  const active = rows.filter((t) => t.active === true || t.active === 1);
  const tiers = (active.length ? active : rows).map((t) => ({ id: Number(t.id), code: t.code, rank: Number(t.rank), threshold: Number(t.threshold_points) }));
  if (!tiers.length) throw new Error('seedDemo needs the membership tiers: run ensureFixtures first');
  return tiers.sort((a, b) => b.threshold - a.threshold);
}

async function fill(trx: Knex.Transaction, writer: BatchInsert, clock: Clock, total: number, onProgress?: Progress): Promise<void> {
  let done = 0;
  const write = async (table: string, rows: Row[]) => {
    await writer.insert(table, rows);
    if (rows.length) onProgress?.({ table, rows: writer.counts.get(table) ?? 0, customers: done, total });
  };
  const ids = new Ids(await maxIds(trx, TABLES));
  const tiers = await loadTiers(trx);
  const users: { id: number; username: string }[] = await trx('users').select('id', 'username');
  const staff = staffRows(clock, new Map(users.map((u) => [u.username, Number(u.id)])), () => ids.next('users'));
  for (const row of staff.rows) {
    const password = DEMO_PASSWORDS[String(row.username)];
    // the writer takes the first row's columns for all
    Object.assign(row, password
      ? { password_hash: await hashPassword(password), password_changed_at: row.created_at }
      : { password_hash: null, password_changed_at: null });
  }
  await write('users', staff.rows);
  await seedCareRules(trx, clock.pastIso(clock.nowMs));
  const gifts = giftRows(clock, () => ids.next('gifts'));
  await write('gifts', gifts.rows);

  const plans: { id: number; year: number }[] = await trx('cs_plans').select('id', 'year');
  const plan = eventRows({ clock, ids, total: Math.max(total, 1) }, staff.staff, new Map(plans.map((p) => [Number(p.year), Number(p.id)])));
  await write('cs_plans', plan.plans);
  await write('events', plan.events);
  await write('event_tasks', plan.tasks);
  await write('event_budget_lines', budgetLineRows(clock, ids, plan.events));

  const ctx: Ctx = { clock, staff: staff.staff, tiers, gifts: gifts.gifts, events: plan.infos, ids, total: Math.max(total, 1) };
  const segments = segmentRows(ctx);
  await write('segments', segments.rows);

  const carry: Carry = { forcedStatuses: [...ALL_COMPLAINT_STATES], vip: null };
  for (let from = 0; from < total; from += BLOCK) {
    const rows = makeBlock(ctx, from, Math.min(BLOCK, total - from), carry);
    done = Math.min(total, from + BLOCK);
    for (const table of BLOCK_TABLES) await write(table, rows[table]);
  }
  await write('care_plans', carePlanRows(ctx, segments.byKey, carry.vip));
  await write('work_calendar_days', await workCalendarRows(trx, clock));
  await write('complaint_steps', await complaintStepRows(trx));
}

export async function seedDemo(db: Knex, opts: { customers: number; today?: Date; onProgress?: Progress }): Promise<void> {
  const total = Math.max(0, Math.floor(opts.customers));
  const clock = new Clock(opts.today ?? new Date());
  await db.transaction(async (trx) => {
    const writer = await BatchInsert.open(trx, { cacheKiB: 262_144 });
    try {
      // the customers' rows carry what the vehicles' and visits' triggers would keep (seeds/demo/block.ts); the
      // duplicate finder's keys are worked out set-wise after the load, with its triggers' own SQL
      await withoutTriggers(trx, ['vehicles', 'service_visits'], () =>
        withoutMatchKeyTriggers(trx, () => fill(trx, writer, clock, total, opts.onProgress)));
      await writer.resetSequences();
      // the steps below query what was just written: without statistics PostgreSQL plans them as if the tables
      // were empty (nested loops over 100,000 customers, minutes instead of seconds)
      await analyzeAfterLoad(trx);
      await careQueue(trx, new Date(clock.nowMs));
      await seedGreetings(trx, new Date(clock.nowMs));
      await backfillCustomerValue(trx, new Date(clock.nowMs));
    } finally {
      writer.release();
    }
  });
  await vacuumAfterLoad(db);
}
