import type { Knex } from 'knex';
import { lookups } from '../server/resources/lookups.js';
import { tiers } from '../server/resources/tiers.js';
import { searchTextOf } from '../server/rest/service.js';

/**
 * Required fixtures: the lookup lists and the four membership tiers every installation starts with
 * (an admin edits them in the app). Not demo data: these are written on any empty database.
 */
type L = [code: string, zh: string, en: string, color?: string];

export const fixtureLookups: Record<string, L[]> = {
  city: [['beijing', '北京', 'Beijing'], ['shanghai', '上海', 'Shanghai'], ['guangzhou', '广州', 'Guangzhou'], ['shenzhen', '深圳', 'Shenzhen'], ['hangzhou', '杭州', 'Hangzhou'], ['chengdu', '成都', 'Chengdu']],
  region: [
    ['chaoyang', '朝阳区', 'Chaoyang'], ['haidian', '海淀区', 'Haidian'], ['dongcheng', '东城区', 'Dongcheng'], ['xicheng', '西城区', 'Xicheng'],
    ['fengtai', '丰台区', 'Fengtai'], ['shijingshan', '石景山区', 'Shijingshan'], ['tongzhou', '通州区', 'Tongzhou'], ['changping', '昌平区', 'Changping'],
    ['daxing', '大兴区', 'Daxing'], ['shunyi', '顺义区', 'Shunyi'], ['pudong', '浦东新区', 'Pudong'], ['xuhui', '徐汇区', 'Xuhui'],
    ['minhang', '闵行区', 'Minhang'], ['tianhe', '天河区', 'Tianhe'], ['nanshan', '南山区', 'Nanshan'], ['xihu', '西湖区', 'Xihu'],
  ],
  source: [
    ['walk_in', '到店自然客流', 'Walk-in'], ['referral', '老客户推荐', 'Referral'], ['website', '官网/网络', 'Website'], ['phone_in', '来电咨询', 'Inbound call'],
    ['auto_show', '车展', 'Auto show'], ['advertising', '广告', 'Advertising'], ['wechat', '微信/社交媒体', 'WeChat / social'], ['event', '活动邀约', 'Event'],
    ['fleet_tender', '集团采购', 'Fleet tender'],
  ],
  industry: [
    ['it', '信息技术', 'IT'], ['finance', '金融', 'Finance'], ['manufacturing', '制造业', 'Manufacturing'], ['education', '教育', 'Education'],
    ['healthcare', '医疗卫生', 'Healthcare'], ['government', '政府机关', 'Government'], ['retail', '批发零售', 'Retail'], ['construction', '建筑地产', 'Construction'],
    ['logistics', '交通物流', 'Logistics'], ['catering', '餐饮服务', 'Catering'],
  ],
  occupation: [
    ['manager', '企业管理者', 'Manager'], ['civil_servant', '公务员', 'Civil servant'], ['engineer', '工程师', 'Engineer'], ['teacher', '教师', 'Teacher'],
    ['doctor', '医生', 'Doctor'], ['self_employed', '个体经营', 'Self-employed'], ['office_staff', '职员', 'Office staff'], ['retired', '退休', 'Retired'],
    ['freelancer', '自由职业', 'Freelancer'],
  ],
  vehicle_model: [
    ['sedan_a', '轩逸 A级轿车', 'Sylphy sedan'], ['sedan_b', '天籁 B级轿车', 'Teana sedan'], ['suv_compact', '奇骏 紧凑型SUV', 'X-Trail compact SUV'],
    ['suv_mid', '探陆 中型SUV', 'Pathfinder mid SUV'], ['mpv', '商务MPV', 'Business MPV'], ['ev', '纯电轿跑', 'EV coupé'], ['pickup', '皮卡', 'Pickup'],
  ],
  vehicle_color: [['white', '珍珠白', 'Pearl white'], ['black', '曜石黑', 'Obsidian black'], ['silver', '星辰银', 'Silver'], ['red', '烈焰红', 'Red'], ['blue', '深海蓝', 'Deep blue'], ['grey', '钛金灰', 'Titanium grey']],
  complaint_category: [
    ['service_attitude', '服务态度', 'Service attitude'], ['repair_quality', '维修质量', 'Repair quality'], ['waiting_time', '等待时间', 'Waiting time'],
    ['pricing', '收费价格', 'Pricing'], ['product_quality', '产品质量', 'Product quality'], ['parts_supply', '配件供应', 'Parts supply'],
    ['sales_promise', '销售承诺', 'Sales promise'], ['environment', '环境设施', 'Facilities'],
  ],
  department: [
    ['customer_relations', '客户关系部', 'Customer relations'], ['sales', '销售部', 'Sales'], ['after_sales', '售后服务部', 'After-sales'],
    ['parts', '配件部', 'Parts'], ['finance', '财务部', 'Finance'], ['administration', '行政部', 'Administration'],
  ],
  event_type: [
    ['themed_day', '店内主题日', 'In-store themed day', '#e57373'], ['lucky_draw', '抽奖活动', 'Lucky draw', '#ffb74d'],
    ['photo_contest', '摄影比赛', 'Photo contest', '#4fc3f7'], ['self_drive', '自驾游', 'Self-drive tour', '#81c784'],
    ['car_care_class', '爱车讲堂', 'Car-care class', '#9575cd'], ['charity', '公益活动', 'Charity', '#f06292'],
    ['summer_camp', '少儿夏令营', "Kids' summer camp", '#4db6ac'], ['owners_club', '车主俱乐部', "Owners' club", '#7986cb'],
    ['home_visit', '年终回访拜访', 'Year-end home visit', '#a1887f'],
  ],
  holiday: [
    ['new_year', '元旦', "New Year's Day"], ['spring_festival', '春节', 'Spring Festival'], ['lantern', '元宵节', 'Lantern Festival'],
    ['womens_day', '妇女节', "Women's Day"], ['qingming', '清明节', 'Qingming'], ['labour_day', '劳动节', 'Labour Day'],
    ['dragon_boat', '端午节', 'Dragon Boat Festival'], ['childrens_day', '儿童节', "Children's Day"], ['qixi', '七夕', 'Qixi'],
    ['teachers_day', '教师节', "Teachers' Day"], ['mid_autumn', '中秋节', 'Mid-Autumn Festival'], ['national_day', '国庆节', 'National Day'],
    ['christmas', '圣诞节', 'Christmas'],
  ],
  visit_reason: [['first_look', '初次看车', 'First look'], ['test_drive', '试乘试驾', 'Test drive'], ['price_check', '询价比价', 'Price check'], ['promotion', '促销活动', 'Promotion'], ['new_launch', '新车上市', 'New model launch'], ['trade_in', '旧车置换评估', 'Trade-in appraisal'], ['service_visit', '售后顺访', 'Service visit'], ['accompany', '陪同亲友', 'With a companion']],
  purchase_purpose: [['family', '家庭用车', 'Family'], ['commute', '上下班代步', 'Commuting'], ['business', '商务接待', 'Business'], ['replacement', '旧车置换', 'Replacement'], ['gift', '赠送亲友', 'Gift']],
  service_item: [
    ['reception', '接待服务', 'Reception'], ['explanation', '项目说明', 'Work explained'], ['repair_quality', '维修质量', 'Repair quality'],
    ['timeliness', '按时交车', 'On-time delivery'], ['price', '收费合理', 'Fair price'], ['cleanliness', '车辆清洁', 'Vehicle cleanliness'],
  ],
};

export const fixtureTiers = [
  { code: 'diamond', name: '钻石卡', name_en: 'Diamond', rank: 4, threshold_points: 50000, earn_multiplier: 1.5, color: '#5e35b1',
    benefits: '专属顾问；优先预约；免费取送车；生日礼遇', partner_discounts: '合作健身房 8 折；合作餐厅 85 折；加油站 95 折',
    care_policy: '每年一次会员旅行；节日礼品；生日鲜花' },
  { code: 'gold', name: '金卡', name_en: 'Gold', rank: 3, threshold_points: 20000, earn_multiplier: 1.2, color: '#f9a825',
    benefits: '优先预约；工时费 9 折；生日礼遇', partner_discounts: '合作餐厅 9 折；商场 95 折', care_policy: '节日礼品；生日贺卡' },
  { code: 'silver', name: '银卡', name_en: 'Silver', rank: 2, threshold_points: 5000, earn_multiplier: 1.1, color: '#90a4ae',
    benefits: '工时费 95 折；免费检测', partner_discounts: '加油站 98 折', care_policy: '节日问候；生日贺卡' },
  { code: 'regular', name: '普通卡', name_en: 'Regular', rank: 1, threshold_points: 0, earn_multiplier: 1, color: '#8d6e63',
    benefits: '积分累计；免费洗车', partner_discounts: '', care_policy: '节日贺卡' },
];

/** Writes the fixtures into an empty database; answers whether it was empty (so demo data may follow). */
export async function ensureFixtures(db: Knex): Promise<boolean> {
  const existing = await db('lookups').count({ n: '*' }).first();
  if (Number(existing?.n ?? 0) > 0) return false;
  const now = new Date().toISOString();
  await db.transaction(async (trx) => {
    const rows = Object.entries(fixtureLookups).flatMap(([type, items]) =>
      items.map(([code, zh, en, color], i) => {
        const row = { type, code, label_zh: zh, label_en: en, color: color ?? null, sort_order: (i + 1) * 10, active: true };
        return { ...row, created_at: now, updated_at: now, version: 1, search_text: searchTextOf(lookups, row) };
      }),
    );
    await trx.batchInsert('lookups', rows, 200);
    await trx('tiers').insert(fixtureTiers.map((t) => ({
      ...t, active: true, created_at: now, updated_at: now, version: 1,
      search_text: searchTextOf(tiers, t),
    })));
  });
  return true;
}
