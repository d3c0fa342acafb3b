import type { Clock } from './dates.js';
import { addYears, at, dayFrom, isoDate } from './dates.js';
import { stamps, type GiftInfo, type Row } from './context.js';
import { searchTextOf } from '../../server/rest/service.js';
import { gifts as giftDef } from '../../server/resources/gifts.js';

/** The points catalogue: gifts, services and vouchers (name, category, points, stock, description). */
const CATALOGUE: [string, 'gift' | 'service' | 'voucher', number, number, string][] = [
  ['免费洗车券（5次）', 'voucher', 600, 2000, '精洗服务5次，凭券到店使用，有效期一年'],
  ['精美车载香氛', 'gift', 800, 500, '天然植物精油车载香氛，清新除味'],
  ['原厂雨刮片一对', 'gift', 900, 300, '原厂无骨雨刮片，含免费安装'],
  ['免费四轮定位', 'service', 1000, 800, '四轮定位及动平衡检测调整一次'],
  ['定制真皮头枕', 'gift', 1200, 300, '品牌定制真皮头枕一对'],
  ['保养工时券', 'voucher', 1500, 1000, '抵扣常规保养工时费一次（配件费用另计）'],
  ['空调系统清洗养护', 'service', 1800, 400, '空调管路清洗、蒸发箱杀菌，更换空调滤芯'],
  ['车载无线吸尘器', 'gift', 2500, 200, '大吸力无线车载吸尘器'],
  ['机场代泊接送服务', 'service', 5000, 100, '首都机场/大兴机场代泊及接送一次'],
  ['精品行车记录仪', 'gift', 6000, 150, '2K高清前后双录行车记录仪，含安装'],
  ['儿童安全座椅', 'gift', 8000, 80, 'ISOFIX接口儿童安全座椅（9个月–12岁）'],
  ['年度会员自驾游名额', 'service', 20000, 30, '钻石卡会员专属年度自驾游一人名额（含食宿）'],
];

/** The catalogue rows; a retired gift from last year is kept inactive, as a real catalogue would. */
export function giftRows(clock: Clock, nextId: () => number): { rows: Row[]; gifts: GiftInfo[] } {
  const rows: Row[] = [];
  const gifts: GiftInfo[] = [];
  const since = dayFrom(clock.year - 3, 1, 1);
  const entries = [...CATALOGUE, ['限量版1:18合金车模', 'gift', 3000, 0, '品牌周年限量版车模（已停止兑换）'] as const];
  entries.forEach(([name, category, price, stock, description], i) => {
    const retired = i === CATALOGUE.length;
    const to = dayFrom(retired ? clock.year - 1 : clock.year, 12, 31);
    const row = {
      id: nextId(), name, category, points_price: price, stock, valid_from: isoDate(since),
      valid_to: isoDate(to), active: !retired, description,
    };
    rows.push({ ...row, ...stamps(clock, at(since - 10, 10), at(addYears(since, 2), 15)), search_text: searchTextOf(giftDef, row) });
    gifts.push({ id: row.id, name, price, active: !retired, validTo: to });
  });
  return { rows, gifts };
}
