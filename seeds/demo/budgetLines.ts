import type { Clock } from './dates.js';
import { stamps, type Ids, type Row } from './context.js';
import { Rng, seedFor } from './random.js';

/** One line of an event's 费用预算表: [category, item, vendor, weight of the budget]. */
type LineTemplate = [string, string, string | null, number];

const BY_TYPE: Record<string, LineTemplate[]> = {
  lucky_draw: [
    ['gifts', '抽奖奖品（保养券、车载冰箱、行车记录仪）', '京东企业购', 5],
    ['printing', '抽奖券、灯谜条及展厅海报印制', '北京鑫盛印刷厂', 1.2],
    ['catering', '元宵、茶歇及饮品', '稻香村（亚运村店）', 1.5],
    ['media', '朋友圈及公众号推广', '本地生活号广告', 1],
    ['other', '现场布置（灯笼、气球拱门）', '北京华艺会展服务有限公司', 1.3],
  ],
  car_care_class: [
    ['venue', '公园草坪场地使用及清洁费', '公园管理处', 2],
    ['staff', '技术讲师课酬', null, 1.5],
    ['printing', '养护讲义与签到表印制', '北京鑫盛印刷厂', 0.6],
    ['catering', '茶歇、矿泉水', '味多美（望京店）', 1],
    ['gifts', '参加客户小礼品（玻璃水、车载香薰）', '京东企业购', 1.4],
  ],
  themed_day: [
    ['other', '主题布置（装饰、互动游戏、儿童区）', '北京华艺会展服务有限公司', 2.5],
    ['gifts', '儿童礼品及互动游戏奖品', '京东企业购', 2],
    ['catering', '茶点饮品', '味多美（望京店）', 1.5],
    ['printing', '海报、胸牌及现场指引', '北京鑫盛印刷厂', 0.7],
  ],
  summer_camp: [
    ['venue', '怀柔营地场地及住宿', '怀柔青少年营地', 4],
    ['transport', '往返大巴租赁', '北京北汽旅游客运', 1.5],
    ['catering', '营员三餐及水果', '怀柔青少年营地', 2],
    ['staff', '辅导员及营员意外险', '中国人寿（团险）', 1.2],
    ['gifts', '结营证书及营员纪念品', '京东企业购', 1],
    ['printing', '营旗、营服印制', '北京鑫盛印刷厂', 0.8],
  ],
  self_drive: [
    ['venue', '坝上住宿（两晚）', '张北草原度假酒店', 4],
    ['catering', '团餐及烤全羊晚宴', '张北草原度假酒店', 2.5],
    ['transport', '随队救援车及技师差旅', null, 1.2],
    ['other', '参加人员意外险', '中国人寿（团险）', 0.6],
    ['printing', '车贴、路书印制', '北京鑫盛印刷厂', 0.5],
  ],
  charity: [
    ['gifts', '捐赠冬衣与图书', '当当网企业采购', 5],
    ['transport', '物资运输（厢式货车）', '货拉拉', 1],
    ['printing', '横幅、捐赠证书', '北京鑫盛印刷厂', 0.5],
    ['media', '活动摄影及宣传推文', '京彩视觉工作室', 1],
  ],
  owners_club: [
    ['catering', '联谊晚宴及月饼', '全聚德（亚运村店）', 4],
    ['venue', '舞台、灯光音响租赁', '北京华艺会展服务有限公司', 2],
    ['gifts', '年度优秀车主表彰奖品', '京东企业购', 2],
    ['staff', '主持人及节目演出', '京韵文化传媒', 1.5],
    ['media', '摄影摄像', '京彩视觉工作室', 0.8],
    ['printing', '邀请函、背景板印制', '北京鑫盛印刷厂', 0.7],
  ],
  photo_contest: [
    ['printing', '交车照片冲印及相框', '柯达快印（亚运村店）', 2],
    ['gifts', '月度冠军礼品', '京东企业购', 2],
    ['media', '线上投票推广', '本地生活号广告', 1],
  ],
  home_visit: [
    ['gifts', '新年礼品（年货礼盒）', '稻香村（亚运村店）', 5],
    ['transport', '上门拜访用车及油费', null, 1.2],
    ['staff', '技师上门检测补贴', null, 1],
  ],
};

const GENERIC: LineTemplate[] = [
  ['venue', '场地', null, 2],
  ['catering', '餐饮茶歇', null, 1],
  ['gifts', '礼品奖品', null, 1.5],
  ['printing', '印刷物料', '北京鑫盛印刷厂', 0.5],
];

const roundTo = (n: number, step: number) => Math.round(n / step) * step;

/** Splits `total` by weights into amounts rounded to `step`; the last takes what is left so they add up exactly. */
function split(total: number, weights: readonly number[], step: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.slice(0, -1).map((w) => roundTo((total * w) / sum, step));
  const rest = Math.round((total - parts.reduce((a, b) => a + b, 0)) * 100) / 100;
  return rest < 0 ? split(total, weights.map(() => 1), 0.01) : [...parts, rest];
}

/**
 * The budget lines of each event, adding up to the budget and (when spent) the actual cost the event row has:
 * on an event with lines the server keeps those totals as the lines' sums, so the demo must agree with it.
 * Finished events have every line settled, some over and some under plan; a running one is part paid.
 */
export function budgetLineRows(clock: Clock, ids: Ids, events: readonly Row[]): Row[] {
  const rng = new Rng(seedFor(11, clock.year));
  const rows: Row[] = [];
  for (const event of events) {
    const budget = event.budget == null ? 0 : Number(event.budget);
    if (budget <= 0) continue;
    const all = BY_TYPE[String(event.event_type)] ?? GENERIC;
    const chosen = all.length <= 3 ? all : rng.sample(all, rng.int(Math.max(2, all.length - 2), all.length));
    const planned = split(budget, chosen.map((t) => t[3]), 100);
    const cost = event.actual_cost == null ? null : Number(event.actual_cost);
    // each line lands near its plan; the last absorbs the difference to the event's real cost
    const actual = cost == null ? null : split(cost, planned.map((p) => p * (0.8 + rng.next() * 0.45)), 10);
    const created = Date.parse(String(event.created_at)) + 86_400_000;
    const updated = Date.parse(String(event.updated_at));
    chosen.forEach(([category, item, vendor], i) => {
      rows.push({
        id: ids.next('event_budget_lines'), event_id: event.id, item, category, planned: planned[i], actual: actual?.[i] ?? null, vendor,
        notes: actual && actual[i] > planned[i] * 1.1 ? '超出预算，已报客户关系部经理审批' : category === 'venue' && event.status === 'cancelled' ? '活动取消，场地预订已退订' : null,
        ...stamps(clock, created, Math.max(created, updated)),
      });
    });
  }
  return rows;
}
