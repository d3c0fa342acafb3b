import type { Knex } from 'knex';

/**
 * The cadences a dealer's CS department starts with (seed 000: "电话回访、短信回访、问卷回访、面访"; seed 001:
 * "针对各项服务内容要求顾客采取打分形式"), and two questionnaires: the after-sales service items scored 1–5 and
 * the recommend question on 0–10 that gives NPS. A manager adjusts them under Settings.
 */
const AFTER_SALES = [
  { key: 'reception', label_zh: '接待态度', label_en: 'Reception attitude' },
  { key: 'repair_quality', label_zh: '维修质量', label_en: 'Repair quality' },
  { key: 'waiting_time', label_zh: '等候时间', label_en: 'Waiting time' },
  { key: 'price', label_zh: '价格透明', label_en: 'Transparent pricing' },
  { key: 'environment', label_zh: '环境设施', label_en: 'Environment and facilities' },
  { key: 'timeliness', label_zh: '按时交车', label_en: 'Car returned on time' },
];

const RECOMMEND = [{ key: 'recommend', label_zh: '您有多大可能向亲友推荐本店？', label_en: 'How likely are you to recommend us to friends and family?' }];

type RuleSeed = [name: string, trigger: string, offset: number, window: number, reason: string, channel: string, survey: 'service' | 'nps' | null, script: string];

const RULES: RuleSeed[] = [
  ['交车后第3天回访', 'vehicle_delivery', 3, 4, 'after_purchase', 'phone', 'nps',
    '您好，我是××汽车客户关系部的回访专员。感谢您选择我们！新车用了几天，感觉怎么样？交车时销售顾问是否为您讲解了车辆功能和保养事项？您有多大可能向亲友推荐本店（0–10分）？'],
  ['交车后4–6个月回访', 'vehicle_delivery', 90, 90, 'after_purchase', 'phone', null,
    '您好，您的爱车已经用了几个月，行驶情况如何？首次保养是否已经做了？如需预约保养，我现在就可以为您安排。'],
  ['交车后10–12个月回访', 'vehicle_delivery', 300, 60, 'after_purchase', 'phone', 'nps',
    '您好，您的爱车快满一年了，使用中有没有需要我们帮助的地方？保险和年度保养是否需要提醒？您有多大可能向亲友推荐本店？'],
  ['购车一周年关怀回访', 'vehicle_delivery', 365, 7, 'anniversary', 'phone', null,
    '您好，今天是您的爱车一周岁生日，全体员工祝您用车愉快！我们为您准备了周年保养礼遇，欢迎回店。'],
  ['维修保养后第3天回访', 'service_visit', 3, 4, 'after_service', 'phone', 'service',
    '您好，您前几天在本店做了维修保养，想占用您两分钟做个回访：请您对接待态度、维修质量、等候时间、价格透明、环境设施、按时交车分别打分（1–5分）。'],
  ['投诉结案后回访', 'complaint_closed', 3, 7, 'after_complaint', 'phone', 'service',
    '您好，关于您之前反映的问题，我们已经处理完毕。想了解一下您对处理结果是否满意？还有没有需要我们改进的地方？'],
  ['活动后回访（到场客户）', 'event_attended', 1, 3, 'after_event', 'phone', null,
    '{name}您好，感谢您参加「{event}」！请您对活动整体打分（1–5分），您最喜欢哪个环节？下次愿意带朋友一起来吗？'],
  ['活动后回访（未到场客户）', 'event_no_show', 1, 3, 'after_event', 'phone', null,
    '{name}您好，「{event}」那天没能见到您，有些遗憾！近期还有车主活动，方便的话下次给您发邀请好吗？也可以现在为您预约保养。'],
];

/** Writes the questionnaires and the rules in the seed's transaction. */
export async function seedCareRules(trx: Knex.Transaction, stamp: string): Promise<void> {
  const base = { created_at: stamp, updated_at: stamp, version: 1, active: true };
  const [service] = await trx('survey_templates').insert({ ...base, name: '售后服务满意度（1–5分）', scale: 'five', nps: false, items: JSON.stringify(AFTER_SALES) }, ['id']);
  const [nps] = await trx('survey_templates').insert({ ...base, name: '推荐意愿 NPS（0–10分）', scale: 'eleven', nps: true, items: JSON.stringify(RECOMMEND) }, ['id']);
  const survey = { service: Number(service.id), nps: Number(nps.id) };
  await trx('follow_up_rules').insert(RULES.map(([name, trigger, offset, window, reason, channel, s, script], i) => ({
    ...base, name, trigger, offset_days: offset, window_days: window, reason, channel, script,
    survey_template_id: s ? survey[s] : null, sort_order: (i + 1) * 10,
  })));
}
