import { at, isoDate, type Clock, type Day } from './dates.js';
import { stamps, type Ids, type Row, type Staff } from './context.js';
import type { Rng } from './random.js';
import { searchTextOf } from '../../server/rest/service.js';
import { event_tasks } from '../../server/resources/event_tasks.js';

/** The project schedule (项目进度表) of an event: [days from the start, content]. */
const GENERIC: [number, string][] = [
  [-30, '确定活动方案、预算及分工，报客户关系部经理审批'],
  [-21, '按客户分群筛选邀约名单（含A卡意向客户）'],
  [-14, '发送邀请短信/微信，电话确认是否出席'],
  [-10, '采购礼品、奖品及活动物料'],
  [-3, '制作签到表、胸牌及现场指引'],
  [-1, '场地布置、设备调试与安全检查'],
  [0, '活动当天签到、现场执行与拍照记录'],
  [3, '整理活动照片，发布朋友圈及公众号推文'],
  [7, '参加客户回访，统计满意度与新增推荐客户'],
  [10, '活动费用结算并提交效果评估报告'],
];

const SPECIFIC: Record<string, [number, string][]> = {
  lucky_draw: [[-7, '制定抽奖规则与奖池，请财务部监督抽奖过程']],
  photo_contest: [[0, '收集交车照片并布置评比展板'], [30, '评选月度"最灿烂笑容"冠军并寄送礼品']],
  self_drive: [[-14, '路线踩点并制定应急预案'], [-5, '为参与人员购买意外险，安排随队技师与救援车']],
  car_care_class: [[-12, '邀请技术讲师，准备讲义与检测设备'], [-7, '与公园管理处确认场地使用']],
  summer_camp: [[-20, '招募营员，核对儿童监护人信息与健康状况'], [-7, '营地实地考察与安全评估']],
  charity: [[-15, '联系受助学校并确认捐赠物资清单'], [-7, '招募爱心车队志愿者']],
  owners_club: [[-20, '确定年度优秀车主表彰名单'], [-10, '节目编排与主持人彩排']],
  themed_day: [[-10, '主题布置方案（装饰、互动游戏、儿童区）']],
  home_visit: [[-10, '准备上门礼品与车辆检查工具'], [-5, '按片区排定拜访路线并电话预约']],
};

function statusFor(clock: Clock, rng: Rng, due: Day, eventStatus: string): string {
  if (eventStatus === 'done') return rng.chance(0.8) ? 'checked' : 'done';
  if (eventStatus === 'cancelled') return due < clock.today ? 'checked' : 'todo';
  if (due < clock.today) return rng.chance(0.6) ? 'checked' : 'done';
  if (due <= clock.today + 7) return rng.chance(0.5) ? 'doing' : 'todo';
  return 'todo';
}

/** 4–8 tasks per event; people from the CS team (sales or after-sales for vehicle work), checked by a manager. */
export function taskRows(
  clock: Clock, rng: Rng, ids: Ids, event: { id: number; type: string; start: Day; status: string },
  staff: Staff, owner: number, checker: number,
): Row[] {
  const specific = SPECIFIC[event.type] ?? [];
  const generic = rng.sample(GENERIC, Math.max(2, rng.int(4, 8) - specific.length));
  const chosen = [...specific, ...generic].sort((a, b) => a[0] - b[0]);
  const helpers = [owner, ...staff.specialists, staff.advisors[0], staff.sales[0]];
  return chosen.map(([offset, content], i) => {
    const due = event.start + offset;
    const status = statusFor(clock, rng, due, event.status);
    const responsible = /车|技师|检测|设备/.test(content) ? rng.pick([...staff.advisors, ...staff.sales]) : i % 3 === 0 ? owner : rng.pick(helpers);
    const row = {
      id: ids.next('event_tasks'), event_id: event.id, content, due_date: isoDate(due),
      responsible_id: responsible, checker_id: checker, status,
      notes: status === 'checked' ? '已完成并经检核人确认' : status === 'doing' ? '进行中，按计划推进' : null,
    };
    return { ...row, ...stamps(clock, at(event.start - 45, 11), at(Math.min(due, clock.today), 17)), search_text: searchTextOf(event_tasks, row) };
  });
}
