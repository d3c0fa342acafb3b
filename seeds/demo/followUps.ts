import { at, isoDate, type Day } from './dates.js';
import { DEALER, stamps, type Ctx, type Row } from './context.js';
import type { Draft } from './customers.js';
import type { Vehicle, Visit } from './vehicles.js';
import { codes, modelName } from './lookups.js';
import { weighted, type Rng } from './random.js';
import { afterEventScript } from '../../server/domain/event/afterEvent.js';

/** Follow-up records start when the department moved from Excel to this system, two years ago. */
export const FOLLOW_UP_YEARS = 2;

type Reason = 'after_purchase' | 'after_service' | 'after_complaint' | 'after_event' | 'anniversary' | 'care';
type Outcome = 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied';

const channels = weighted([['phone', 60], ['wechat', 12], ['sms', 10], ['questionnaire', 8], ['visit', 5], ['email', 5]] as const);
const outcomes = weighted([['very_satisfied', 45], ['satisfied', 38], ['neutral', 12], ['dissatisfied', 5]] as const);
const BASE: Record<Outcome, number> = { very_satisfied: 5, satisfied: 4, neutral: 3, dissatisfied: 2 };
const SERVICE_ITEMS = codes('service_item');
const PURCHASE_ITEMS = ['reception', 'explanation', 'timeliness', 'price', 'cleanliness'];

const OUTCOME_NOTES: Record<Outcome, string[]> = {
  very_satisfied: ['客户对服务非常满意，表示会推荐朋友来店', '客户称赞服务顾问专业、热情', '客户非常满意，愿意参加车主俱乐部活动'],
  satisfied: ['客户表示满意，无其他意见', '客户满意，建议休息区增加充电插座', '客户满意，希望保养提醒提前一周发送'],
  neutral: ['客户反映等待时间稍长，已记录并反馈服务部', '客户表示一般，希望报价更透明'],
  dissatisfied: ['客户对维修质量不满意，已填写投诉管理表转投诉处理', '客户反映收费偏高，已上报服务经理并下发整改通知单'],
};
const NO_SHOW_NOTES = ['客户当天临时加班，希望下次活动再邀请', '客户家中有事未能到场，已约下周进店保养', '客户表示忘记了时间，下次请提前一天提醒', '客户出差在外，对下次亲子活动感兴趣'];
const NOT_REACHED = ['电话无人接听，已发送短信', '客户关机，次日再次联系', '客户在开会，约定稍后回电未果'];
const CHURN_REASONS = ['客户搬家至外地，就近保养', '客户转到路边店保养，认为价格更便宜', '车辆已出售', '对上次维修价格不满', '工作繁忙，忘记保养时间'];

export function script(reason: Reason, staffName: string, model: string, what: string): string {
  switch (reason) {
    case 'after_purchase':
      return `您好，我是${DEALER}客户关系部的${staffName}。感谢您选择${model}！请问车辆使用还顺利吗？对销售顾问的服务和交车流程是否满意？`;
    case 'anniversary':
      return `您好，今天是您的爱车一周岁的生日！感谢您一年来的信任，我们为您准备了周年礼品，欢迎来店领取。`;
    case 'after_service':
      return `您好，您的车辆前几天在我店做了${what}，请问对接待、项目说明、维修质量、交车时间和收费是否满意？请您为各项服务打分（1–5分）。`;
    case 'after_complaint':
      return '您好，关于您反映的问题，我们已按整改通知单落实整改，请问您对处理结果是否满意？';
    case 'after_event':
      return `您好，感谢您参加${what}，请问您对本次活动的安排是否满意？有什么建议？`;
    case 'care':
      return `您好，我们注意到您已有一段时间没有来店，请问车辆近况如何？近期店内有保养优惠，欢迎预约。`;
  }
}

function scoresFor(rng: Rng, outcome: Outcome, items: string[]): { scores: Record<string, number>; overall: number } {
  const base = BASE[outcome];
  const scores: Record<string, number> = {};
  for (const item of items) {
    const r = rng.next();
    scores[item] = Math.min(5, Math.max(1, base + (r < 0.15 ? -1 : r > 0.85 ? 1 : 0)));
  }
  if (outcome === 'dissatisfied') scores[rng.pick(items)] = 1;
  return { scores, overall: base };
}

export interface FollowUpSpec {
  reason: Reason;
  due: Day;
  vehicle: Vehicle | null;
  what: string;
  /** care follow-ups of churned customers record why they left */
  churn?: boolean;
  /** an after-event call scheduled when the event was done: its event, whether the customer came, who calls */
  event?: { id: number; attended: boolean; staff: number | null };
}

/** One follow-up: pending when due later; when due, mostly done (scores for purchase and service), some overdue (recent ones only) or not reached. */
export function followUpRow(ctx: Ctx, d: Draft, spec: FollowUpSpec): Row {
  const { rng } = d;
  const { today } = ctx.clock;
  const staff = spec.event?.staff ?? rng.pick(ctx.staff.specialists);
  const recent = spec.due >= today - 14;
  const r = rng.next();
  const status = spec.due > today ? 'pending'
    : recent ? (r < 0.35 ? 'pending' : r < 0.9 ? 'done' : 'not_reached')
    : r < 0.9 ? 'done' : r < 0.97 ? 'not_reached' : 'cancelled';
  const doneDay = status === 'done' ? Math.min(today, spec.due + rng.int(0, 3)) : null;
  let outcome: Outcome | null = null;
  let scores: string | null = null;
  let overall: number | null = null;
  let notes: string | null = null;
  if (status === 'done') {
    outcome = outcomes.pick(rng);
    if (spec.event?.attended) overall = BASE[outcome];
    const items = spec.reason === 'after_service' ? SERVICE_ITEMS : spec.reason === 'after_purchase' ? PURCHASE_ITEMS : null;
    if (items) {
      const s = scoresFor(rng, outcome, items);
      scores = JSON.stringify(s.scores);
      overall = s.overall;
    }
    notes = spec.churn ? `流失原因：${rng.pick(CHURN_REASONS)}` : spec.event && !spec.event.attended ? rng.pick(NO_SHOW_NOTES) : rng.pick(OUTCOME_NOTES[outcome]);
    if (spec.event && !spec.event.attended) outcome = null;
  } else if (status === 'not_reached') notes = rng.pick(NOT_REACHED);
  else if (status === 'cancelled') notes = '客户已明确表示无需回访';
  const model = spec.vehicle ? modelName(spec.vehicle.model) : modelName(d.model);
  // the server writes an after-event call's script when it schedules it, so it stays once the call is made
  const text = spec.event ? afterEventScript(spec.event.attended ? 'attendee' : 'no_show', String(d.profile.name), spec.what)
    : status === 'pending' ? script(spec.reason, ctx.staff.names.get(staff) ?? '', model, spec.what) : null;
  return {
    id: ctx.ids.next('follow_ups'), customer_id: d.id, vehicle_id: spec.vehicle?.id ?? null, event_id: spec.event?.id ?? null, reason: spec.reason,
    channel: channels.pick(rng), status, due_date: isoDate(spec.due), done_date: doneDay === null ? null : isoDate(doneDay),
    staff_id: staff, outcome, scores, overall_score: overall,
    script: text,
    notes, ...stamps(ctx.clock, at(spec.due - 3, 9, 30), at(doneDay ?? Math.min(spec.due, today), 16)),
  };
}

const VISIT_WORDS: Record<Visit['type'], string> = { maintenance: '保养', repair: '维修', insurance: '续保', inspection: '检测' };

/** Purchase follow-ups (day 3, months 4–6, months 10–12, first anniversary), after-service calls and churn calls. */
export function followUpsOf(ctx: Ctx, d: Draft, vehicles: Vehicle[], visits: Visit[]): Row[] {
  const { rng } = d;
  const { today } = ctx.clock;
  const from = today - FOLLOW_UP_YEARS * 365;
  const specs: FollowUpSpec[] = [];
  for (const v of vehicles) {
    const p = v.purchase;
    for (const [reason, due] of [['after_purchase', p + 3], ['after_purchase', p + rng.int(120, 180)], ['after_purchase', p + rng.int(300, 360)], ['anniversary', p + 365]] as const) {
      if (due >= from && due <= today + 30) specs.push({ reason, due, vehicle: v, what: '' });
    }
    if (v.nextDue !== null && v.nextDue >= today - 14 && v.nextDue <= today + 14) specs.push({ reason: 'care', due: v.nextDue - 7, vehicle: v, what: '保养到期提醒' });
  }
  const byId = new Map(vehicles.map((v) => [v.id, v]));
  for (const visit of visits) {
    if (visit.day >= from && visit.type !== 'insurance' && rng.chance(0.35)) {
      specs.push({ reason: 'after_service', due: visit.day + 3, vehicle: byId.get(visit.vehicleId) ?? null, what: VISIT_WORDS[visit.type] });
    }
  }
  const last = visits.length ? visits[visits.length - 1].day : null;
  if (last !== null && last < today - 190 && last + 190 >= from) specs.push({ reason: 'care', due: last + 190, vehicle: null, what: '流失客户回访', churn: true });
  if (d.type === 'prospect' && rng.chance(0.6)) specs.push({ reason: 'care', due: Math.min(today + 10, d.created + rng.int(2, 40)), vehicle: null, what: '意向客户跟进' });
  return specs.filter((s) => s.due <= today + 30).map((s) => followUpRow(ctx, d, s));
}
