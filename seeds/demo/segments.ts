import { at, isoDate, isoTime } from './dates.js';
import { stamps, type Ctx, type Row } from './context.js';
import { searchTextOf } from '../../server/rest/service.js';
import { segments as segmentDef } from '../../server/resources/segments.js';
import { care_plans } from '../../server/resources/care_plans.js';

/** Saved customer filters (the list's own filter syntax), reused for events, care and bulk edits. */
export function segmentRows(ctx: Pick<Ctx, 'clock' | 'ids' | 'staff' | 'tiers'>): { rows: Row[]; byKey: Map<string, number> } {
  const { clock, ids, staff } = ctx;
  const tierId = (code: string) => ctx.tiers.find((t) => t.code === code)?.id ?? ctx.tiers[0].id;
  const defs: [key: string, name: string, description: string, filter: Record<string, unknown>, shared: boolean][] = [
    ['diamond', '钻石卡客户', '全部钻石卡会员：专属顾问、年度会员旅行', { tier_id: tierId('diamond') }, true],
    ['gold_chaoyang', '朝阳区金卡客户', '朝阳区的金卡会员，用于片区活动邀约', { tier_id: tierId('gold'), region: 'chaoyang' }, true],
    ['fleet', '集团车客户', '集团采购客户，季度拜访', { customer_type: 'fleet' }, true],
    ['churn_risk', '流失预警（半年未回店）', '保有客户中六个月以上未进站的，电话回访询问原因并邀约', { customer_type: ['owner', 'fleet'], last_visit_date_lte: isoDate(clock.today - 180) }, true],
    ['leaders', '意见领袖', '在车主圈有影响力的客户，活动优先邀请', { opinion_leader: true }, true],
    ['auto_show', '车展意向客户（A卡）', '车展收集的意向客户，邀约试驾', { customer_type: 'prospect', source: 'auto_show' }, false],
    ['north_owners', '海淀、昌平保有客户', '适合奥森公园爱车养护课堂的片区客户', { customer_type: 'owner', region: ['haidian', 'changping'] }, true],
    ['churned', '已流失客户', '生命周期为流失的客户，年度挽回计划', { lifecycle_stage: 'churned' }, false],
  ];
  const byKey = new Map<string, number>();
  const rows = defs.map(([key, name, description, filter, shared], i) => {
    const id = ids.next('segments');
    byKey.set(key, id);
    const row = { id, name, description, filter: JSON.stringify(filter), shared, owner_id: staff.managers[i % staff.managers.length] };
    return { ...row, ...stamps(clock, at(clock.today - 200 + i * 11, 10)), search_text: searchTextOf(segmentDef, { name, description }) };
  });
  return { rows, byKey };
}

const SIGNED = ['reviewed', 'approved', 'in_progress', 'evaluated'];
const APPROVED = ['approved', 'in_progress', 'evaluated'];

/** Who reviewed and approved a plan that got that far: a manager, a few days apart. */
function signOff(ctx: Ctx, status: string, day: number): Row {
  const manager = ctx.staff.managers[0];
  return {
    reviewed_by_id: SIGNED.includes(status) ? ctx.staff.managers[ctx.staff.managers.length - 1] : null,
    reviewed_at: SIGNED.includes(status) ? isoTime(at(day, 15)) : null,
    approved_by_id: APPROVED.includes(status) ? manager : null,
    approved_at: APPROVED.includes(status) ? isoTime(at(day + 2, 10)) : null,
  };
}

/** A few maintenance plans, one in every state of the approval flow. */
export function carePlanRows(ctx: Ctx, segments: Map<string, number>, vip: { id: number; name: string } | null): Row[] {
  const { clock, ids, staff } = ctx;
  const t = clock.today;
  const plans: [title: string, segment: string | null, status: string, start: number, end: number, budget: number, methods: string, measures: string, evaluation: string | null][] = [
    ['钻石卡客户年度维护方案', 'diamond', 'in_progress', -120, 245, 120000, '专属顾问一对一服务；每季度上门拜访一次；年度会员旅行', '建立钻石卡客户档案卡，生日、购车周年专人送礼；保养优先工位与免费取送车', null],
    ['流失预警客户挽回方案', 'churn_risk', 'approved', -10, 80, 30000, '电话回访询问六个月未来店原因；短信推送保养优惠券', '流失原因分析图表每月反馈服务部，针对性改进；回店客户赠送免费检测', null],
    ['集团车客户季度拜访计划', 'fleet', 'evaluated', -200, -20, 45000, '季度上门拜访车队负责人；上门取送车保养', '签订年度保养框架协议，月结对账', '本期拜访覆盖率92%，续签框架协议率85%，车队客户满意度提升6个百分点。'],
    ['意见领袖客户专项维护', 'leaders', 'reviewed', 15, 200, 20000, '邀请参加车主俱乐部并分享用车心得', '新车上市优先试驾；推荐成交给予积分奖励', null],
    ['车展意向客户转化方案', 'auto_show', 'draft', 30, 120, 15000, '一周内电话回访，两周内邀约试驾', '试驾即送精美礼品，月底前订车享抽奖资格', null],
  ];
  const rows: Row[] = plans.map(([title, segment, status, start, end, budget, methods, measures, evaluation], i) => {
    const row = {
      id: ids.next('care_plans'), title, customer_id: null, segment_id: segment ? segments.get(segment) ?? null : null,
      methods, measures, responsible_id: staff.specialists[i % staff.specialists.length], budget, status,
      start_date: isoDate(t + start), end_date: isoDate(t + end), evaluation, ...signOff(ctx, status, t + Math.min(start, 0) - 15),
    };
    return { ...row, ...stamps(clock, at(t + Math.min(start, 0) - 20, 10), at(t - i, 11)), search_text: searchTextOf(care_plans, row) };
  });
  if (vip) {
    const row = {
      id: ids.next('care_plans'), title: `VIP客户${vip.name}个人维护方案`, customer_id: vip.id, segment_id: null,
      methods: '专属顾问每月电话问候；重要节日上门拜访', measures: '车辆保养到期前两周提醒并预约；家庭成员生日送花', responsible_id: staff.managers[0],
      budget: 8000, status: 'in_progress', start_date: isoDate(t - 60), end_date: isoDate(t + 305), evaluation: null,
      ...signOff(ctx, 'in_progress', t - 65),
    };
    rows.push({ ...row, ...stamps(clock, at(t - 70, 10), at(t - 3, 11)), search_text: searchTextOf(care_plans, row) });
  }
  return rows;
}
