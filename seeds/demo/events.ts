import { at, dayFrom, isoTime, partsOf, type Clock } from './dates.js';
import { stamps, type Ctx, type EventInfo, type Row, type Staff } from './context.js';
import { lastYearEvents, nextYearEvents, yearEvents, type EventTemplate } from './eventCatalog.js';
import { taskRows } from './eventTasks.js';
import { Rng, seedFor } from './random.js';
import { searchTextOf } from '../../server/rest/service.js';
import { cs_plans } from '../../server/resources/cs_plans.js';
import { events as eventDef } from '../../server/resources/events.js';

const GOALS = [
  '1. 客户满意度（CS）≥ 90%，忠诚度 ≥ 80%，流失率 ≤ 5%；',
  '2. 预约成功率由 50% 提升至 80%，保养到期提醒零遗漏；',
  '3. 投诉 24 小时内响应率 100%，整改通知单闭环率 100%；',
  '4. 关怀合格率 ≥ 75%：生日、节日、购车周年关怀按时送达；',
  '5. 完善客户数据库与客户价值分析报告，每季度一次；',
  '6. CS企划四个重点：重关系维护、重细节精致、重效果评估、重全员参与。',
].join('\n');

const THEMES = [
  '新春关怀季：春节元宵节日问候、老客户回店有礼、元宵抽奖',
  '亲子与健康：公园爱车养护课堂、儿童节主题日、端午粽香情',
  '夏日出行：少儿夏令营、坝上自驾游、"谁的笑容最灿烂"评比',
  '感恩回馈：车主俱乐部联谊会、圣诞主题日、年终忠诚客户上门拜访',
];

/** each quarter's goals and share of the year's budget (the plan page sets them beside the events' budget) */
const QUARTERS: [string, number][] = [
  ['节日关怀送达率 100%；老客户回店 ≥ 300 台次；活动到场率 ≥ 70%', 0.22],
  ['亲子活动满意度 ≥ 4.5 分；活动后 30 天内带来进站 ≥ 80 台次', 0.25],
  ['夏令营、自驾游报名满员；转介绍 ≥ 20 人；人均成本 ≤ ¥600', 0.29],
  ['忠诚客户上门拜访 100%；年终活动满意度 ≥ 4.6 分；全年到场率 ≥ 75%', 0.24],
];

function planRow(clock: Clock, id: number, year: number, owner: number, status: string): Row {
  const budget = year < clock.year ? 620000 : year === clock.year ? 680000 : 720000;
  const quarters = Object.fromEntries(QUARTERS.flatMap(([goals, share], i) => [[`q${i + 1}_goals`, goals], [`q${i + 1}_budget`, Math.round(budget * share)]]));
  const row = {
    id, year, title: `${year}年度客户关系CS企划`, goals: GOALS, budget,
    status, owner_id: owner, q1_theme: THEMES[0], q2_theme: THEMES[1], q3_theme: THEMES[2], q4_theme: THEMES[3], ...quarters,
  };
  const drafted = at(dayFrom(year, 1, 1) - 40, 10);
  return { ...row, ...stamps(clock, drafted, drafted + 20 * 86_400_000), search_text: searchTextOf(cs_plans, row) };
}

function statusOf(clock: Clock, t: EventTemplate, startMs: number, endMs: number): string {
  if (t.cancelled) return 'cancelled';
  if (endMs < clock.nowMs) return 'done';
  if (startMs <= clock.nowMs) return 'running';
  const daysAhead = (startMs - clock.nowMs) / 86_400_000;
  if (daysAhead <= 45) return 'approved';
  return daysAhead <= 120 ? 'planned' : 'draft';
}

export interface EventData {
  plans: Row[];
  events: Row[];
  tasks: Row[];
  infos: EventInfo[];
}

/** Last year's plan (closed), this year's (approved) and next year's (draft), their events, and the work breakdown. */
export function eventRows(ctx: Pick<Ctx, 'clock' | 'ids' | 'total'>, staff: Staff, existingPlans: Map<number, number>): EventData {
  const { clock, ids } = ctx;
  const rng = new Rng(seedFor(7, clock.year));
  const data: EventData = { plans: [], events: [], tasks: [], infos: [] };
  const planIds = new Map<number, number>(existingPlans);
  for (const [year, status] of [[clock.year - 1, 'closed'], [clock.year, 'approved'], [clock.year + 1, 'draft']] as const) {
    if (planIds.has(year)) continue;
    const id = ids.next('cs_plans');
    planIds.set(year, id);
    data.plans.push(planRow(clock, id, year, staff.managers[0], status));
  }
  const templates = [...lastYearEvents(clock.year - 1), ...yearEvents(clock.year, clock.today), ...nextYearEvents(clock.year + 1)];
  templates.forEach((t, i) => {
    const id = ids.next('events');
    const startMs = at(t.start, t.from);
    const endMs = at(t.start + t.days - 1, t.to);
    const status = statusOf(clock, t, startMs, endMs);
    const owner = staff.specialists[i % staff.specialists.length];
    const checker = staff.managers[i % staff.managers.length];
    const cost = status === 'done' ? Math.round(t.budget * (0.8 + rng.next() * 0.25)) : status === 'running' ? Math.round(t.budget * 0.6) : null;
    const row = {
      id, plan_id: planIds.get(partsOf(t.start).y) ?? null, title: t.title, event_type: t.type, theme: t.theme,
      start_at: isoTime(startMs), end_at: isoTime(endMs), place: t.place, capacity: t.capacity,
      budget: t.budget, actual_cost: cost, status, owner_id: owner, checker_id: checker,
      description: t.cancelled ? `${t.description}\n【取消说明】${t.cancelled}` : t.description,
    };
    const created = at(t.start - 60, 10);
    data.events.push({ ...row, ...stamps(clock, created, Math.min(endMs, clock.nowMs)), search_text: searchTextOf(eventDef, row) });
    data.tasks.push(...taskRows(clock, rng, ids, { id, type: t.type, start: t.start, status }, staff, owner, checker));
    const inviteDay = t.type === 'photo_contest' ? t.start : t.start - 21;
    const invited = Math.min(t.capacity * 1.6, ctx.total * 0.25);
    data.infos.push({
      id, title: t.title, startMs, endMs, startDay: t.start, status, inviteDay,
      pInvite: inviteDay <= clock.today && status !== 'draft' ? invited / ctx.total : 0,
      prospectsWelcome: t.prospects, points: t.points,
    });
  });
  return data;
}
