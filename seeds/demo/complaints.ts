import { at, isoTime, type Day } from './dates.js';
import { stamps, type Ctx, type Row } from './context.js';
import type { Draft } from './customers.js';
import { COMPLAINT_TEXTS, DEPARTMENT_OF, FEEDBACK, REOPEN_FEEDBACK, RESOLUTIONS, rectificationNotice } from './complaintTexts.js';
import { modelName } from './lookups.js';
import { weighted } from './random.js';
import { searchTextOf } from '../../server/rest/service.js';
import { complaints as complaintDef } from '../../server/resources/complaints.js';
import { enums } from '../../server/resources/enums.js';
import { addWorkingTime, workingTimeBetween } from '../../server/domain/complaints/workingTime.js';
import { CARE_DEFAULTS } from '../../server/domain/care/settings.js';
import { DEMO_WORK_CALENDAR } from './workCalendar.js';

type Status = (typeof enums.complaint_status)[number];

const categories = weighted([['repair_quality', 22], ['waiting_time', 18], ['service_attitude', 14], ['pricing', 14], ['product_quality', 10], ['parts_supply', 8], ['sales_promise', 9], ['environment', 5]] as const);
const channels = weighted([['phone', 40], ['visit', 20], ['wechat', 20], ['online', 10], ['email', 5], ['letter', 5]] as const);
const severities = weighted([['low', 25], ['medium', 45], ['high', 22], ['critical', 8]] as const);
const HOUR = 3_600_000;

/** How long ago a complaint in each state was received (days), for the statuses every data set must show. */
const FORCED_AGE: Record<Status, [number, number]> = {
  received: [1, 1], confirmed: [1, 3], assigned: [3, 10], resolved: [6, 20], feedback: [8, 30], closed: [15, 200], reopened: [20, 60],
};

function statusByAge(age: number, r: number): Status {
  if (age < 1) return r < 0.7 ? 'received' : 'confirmed';
  if (age < 4) return r < 0.5 ? 'confirmed' : 'assigned';
  if (age < 15) return r < 0.4 ? 'assigned' : r < 0.7 ? 'resolved' : 'feedback';
  return r < 0.88 ? 'closed' : r < 0.92 ? 'feedback' : r < 0.96 ? 'reopened' : 'resolved';
}

/**
 * A complaint with timestamps that fit its state: responded (within 24 hours, mostly) once confirmed,
 * resolved with a resolution, feedback heard, closed; a reopened one was resolved and then reopened.
 * `forced` gives a status (the first few complaints of a data set cover every state).
 */
export function complaintRow(ctx: Ctx, d: Draft, forced: Status | null): Row {
  const { rng } = d;
  const { today, nowMs } = ctx.clock;
  const [lo, hi] = forced ? FORCED_AGE[forced] : [0, 730];
  const day: Day = today - (forced ? rng.int(lo, hi) : Math.floor(rng.next() * rng.next() * hi));
  // the confirmed complaint every data set shows is a few working hours from its resolve deadline
  const received = forced === 'confirmed' ? almostDue(nowMs, resolve_hours) : ctx.clock.past(at(day, rng.int(9, 18), rng.int(0, 59)));
  const status = forced ?? statusByAge((nowMs - received) / 86_400_000, rng.next());
  const category = categories.pick(rng);
  const [title, text] = rng.pick(COMPLAINT_TEXTS[category]);
  const department = DEPARTMENT_OF[category];
  const confirmed = status !== 'received';
  const responded = confirmed ? Math.min(received + (rng.chance(0.9) ? rng.int(1, 20) : rng.int(25, 40)) * HOUR, nowMs - HOUR) : null;
  const assigned = confirmed && status !== 'confirmed';
  const resolvedStates: Status[] = ['resolved', 'feedback', 'closed', 'reopened'];
  const resolved = responded !== null && resolvedStates.includes(status) ? Math.min(responded + rng.int(24, 240) * HOUR, nowMs - HOUR) : null;
  const closed = resolved !== null && status === 'closed' ? Math.min(resolved + rng.int(24, 120) * HOUR, nowMs - 30 * 60_000) : null;
  const iso = (ms: number | null) => (ms === null ? null : isoTime(ms));
  const row = {
    id: ctx.ids.next('complaints'), title, customer_id: d.id, received_at: iso(received), channel: channels.pick(rng),
    category, severity: severities.pick(rng), description: text.replace('{m}', modelName(d.model)), status,
    department: assigned ? department : null,
    handler_id: rng.pick([...ctx.staff.specialists, ctx.staff.managers[0]]),
    responded_at: iso(responded), resolved_at: iso(resolved), closed_at: iso(closed),
    resolution: resolved !== null ? rng.pick(RESOLUTIONS[category]) : null,
    customer_feedback: status === 'feedback' || status === 'closed' ? rng.pick(FEEDBACK) : status === 'reopened' ? REOPEN_FEEDBACK : null,
    rectification_notice: assigned ? rectificationNotice(department, title) : null,
  };
  const reopened = status === 'reopened' ? nowMs - rng.int(1, 72) * HOUR : 0;
  const changed = Math.max(received, responded ?? 0, resolved ?? 0, closed ?? 0, reopened);
  const clocks = slaColumns(ctx, { status, received, responded, resolved, closed, reopened });
  return { ...row, ...clocks, ...stamps(ctx.clock, received, changed), search_text: searchTextOf(complaintDef, row) };
}

const { first_response_hours, resolve_hours } = CARE_DEFAULTS.sla;
const working = (from: number, hours: number) => addWorkingTime(DEMO_WORK_CALENDAR, new Date(from), hours * HOUR).getTime();

/** A receipt time that leaves about two and a half working hours of a clock of `hours`. */
function almostDue(nowMs: number, hours: number): number {
  const goal = (hours - 2.5) * HOUR;
  let t = nowMs;
  while (workingTimeBetween(DEMO_WORK_CALENDAR, new Date(t), new Date(nowMs)) < goal) t -= 15 * 60_000;
  return t;
}

/**
 * The flow's timestamps and the SLA deadlines in working hours (the demo calendar), escalated to the first manager
 * about an hour after a deadline passed while the complaint was still open — the hourly sweep's doing.
 */
function slaColumns(ctx: Ctx, c: { status: Status; received: number; responded: number | null; resolved: number | null; closed: number | null; reopened: number }): Row {
  const { nowMs } = ctx.clock;
  const iso = (ms: number | null) => (ms === null ? null : isoTime(ms));
  const firstDue = working(c.received, first_response_hours);
  const resolveDue = c.reopened ? working(c.reopened, resolve_hours) : working(c.received, resolve_hours);
  const assigned = c.responded !== null && c.status !== 'confirmed' ? Math.min(c.responded + 2 * HOUR, (c.resolved ?? nowMs) - 60_000) : null;
  const heard = ['feedback', 'closed', 'reopened'].includes(c.status) && c.resolved !== null
    ? Math.min(c.resolved + 20 * HOUR, (c.closed ?? nowMs) - 60_000) : null;
  const open = ['received', 'confirmed', 'assigned', 'reopened'].includes(c.status);
  const due = c.status === 'received' ? firstDue : resolveDue;
  const escalated = open && due + HOUR < nowMs ? due + HOUR : null;
  return {
    first_response_due_at: iso(firstDue), resolve_due_at: iso(resolveDue), paused_at: null, paused_ms: 0,
    escalated_at: iso(escalated), escalated_to_id: escalated === null ? null : ctx.staff.managers[0],
    confirmed_at: iso(c.responded), confirmed_by_id: c.responded === null ? null : ctx.staff.managers[0],
    assigned_at: iso(assigned), feedback_at: iso(heard), reopened_count: c.status === 'reopened' ? 1 : 0,
  };
}
