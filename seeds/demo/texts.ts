import type { Rng } from './random.js';
import { modelName } from './lookups.js';

const BRAND_WORDS = ['华信', '中联', '金桥', '恒通', '天成', '京诚', '博远', '宏达', '瑞丰', '兴业', '鼎盛', '嘉禾', '汇通', '信达',
  '远航', '东方', '盛世', '新源', '安泰', '万和', '星河', '正泰', '启明', '同创', '永辉', '德胜', '长风', '九州'];

const TRADES: Record<string, string[]> = {
  it: ['科技', '软件', '信息技术', '网络科技', '数据服务'],
  finance: ['投资', '资本管理', '财富管理', '融资租赁'],
  manufacturing: ['机械', '电子', '精密制造', '汽车零部件'],
  education: ['教育科技', '培训学校', '文化传播'],
  healthcare: ['医疗器械', '医药', '健康管理'],
  government: ['市政工程', '公共服务'],
  retail: ['商贸', '超市连锁', '百货'],
  construction: ['建设工程', '置业', '建筑装饰'],
  logistics: ['物流', '运输', '供应链管理', '快运'],
  catering: ['餐饮管理', '酒店管理', '食品'],
};

const BUSINESS: Record<string, string> = {
  it: '软件开发、系统集成与IT运维服务', finance: '财富管理、投资咨询与融资租赁', manufacturing: '汽车零部件及精密机械加工制造',
  education: '职业技能培训与教育信息化服务', healthcare: '医疗器械销售、安装与维护', government: '市政设施运营与公共服务',
  retail: '连锁商超与生鲜配送', construction: '房地产开发、建筑施工与物业管理', logistics: '城市配送、仓储物流与冷链运输',
  catering: '连锁餐饮与企事业单位团餐服务',
};

export function companyName(rng: Rng, industry: string, cityZh: string): string {
  const trade = rng.pick(TRADES[industry] ?? TRADES.it);
  const prefix = rng.chance(0.6) ? cityZh.replace('市', '') : '';
  return `${prefix}${rng.pick(BRAND_WORDS)}${trade}${rng.pick(['有限公司', '有限公司', '股份有限公司', '集团有限公司'])}`;
}

export function mainBusiness(industry: string): string {
  return BUSINESS[industry] ?? BUSINESS.it;
}

const INTERESTS = ['摄影', '自驾游', '钓鱼', '高尔夫', '羽毛球', '跑步', '登山', '美食', '读书', '音乐', '书法', '茶艺', '健身', '露营', '亲子活动', '滑雪', '篮球', '旅游'];

export function interests(rng: Rng): string {
  return rng.sample(INTERESTS, rng.int(1, 3)).join('、');
}

const ETHNIC = [['汉族', 92], ['回族', 2], ['满族', 2], ['蒙古族', 1], ['朝鲜族', 1], ['壮族', 1], ['土家族', 1]] as const;

export function ethnicity(rng: Rng): string {
  let r = rng.next() * 100;
  for (const [name, w] of ETHNIC) if ((r -= w) < 0) return name;
  return '汉族';
}

const JOBS = ['教师', '医生', '会计', '公务员', '工程师', '设计师', '护士', '律师', '自由职业'];

export function familyMembers(rng: Rng, spouseSurname: string, age: number): string {
  const spouse = `配偶：${spouseSurname}${rng.pick(['丽', '静', '敏', '军', '伟', '红', '涛', '琳'])}（${rng.pick(JOBS)}）`;
  const kids = age > 30 && rng.chance(0.7) ? `；${rng.pick(['儿子', '女儿'])}：${rng.int(2, Math.min(20, age - 24))}岁` : '';
  const parents = rng.chance(0.2) ? '；与父母同住，周末常全家出行' : '';
  return age < 27 && rng.chance(0.6) ? '未婚，与父母同住' : spouse + kids + parents;
}

const PROSPECT_NOTES = [
  (m: string, r: Rng) => `意向车型：${m}，预算${r.int(12, 35)}万左右，计划${r.int(1, 6)}个月内购车。`,
  (m: string) => `已试驾${m}，对动力和空间比较满意，主要关注价格优惠和置换补贴。`,
  () => '来店看车，比较关注油耗和保值率，需持续跟进。',
  (m: string) => `家中已有一辆车，考虑增购一台${m}给家人使用。`,
  () => '周末带家人来店，孩子比较喜欢SUV，下次邀约参加店内活动。',
  () => '对比竞品中，对金融方案感兴趣，已发送分期报价。',
];

const OWNER_NOTES = [
  () => '客户性格随和，喜欢微信沟通，工作日白天不方便接电话。',
  () => '对价格较敏感，保养前需提前报价并说明项目。',
  () => '老客户，多次推荐亲友来店购车。',
  (_m: string, r: Rng) => `车辆主要用于上下班通勤，年行驶约${r.int(8, 25)}千公里。`,
  () => '客户为公司高管，注重服务效率，保养请安排优先工位和代步车。',
  () => '曾对等待时间提出意见，后续接待需注意安排休息区和进度告知。',
  () => '喜欢参加店内活动，可优先邀约。',
  (m: string) => `对${m}的空间和舒适性很满意，有置换更高配置车型的想法。`,
];

export function customerNote(rng: Rng, type: string, model: string): string {
  const m = modelName(model);
  if (type === 'fleet') {
    return `集团客户，车辆统一在我店保养，结算方式为月结；年度采购框架协议已签订，明年计划增购${rng.int(2, 10)}台${m}。`;
  }
  return rng.pick(type === 'prospect' ? PROSPECT_NOTES : OWNER_NOTES)(m, rng);
}
