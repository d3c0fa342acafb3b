import { Rng, weighted } from './random.js';

/**
 * Where customers live: mostly Beijing (the dealership's city), some in the other cities of the `city`
 * lookup. Region codes are those of the `region` lookup; Chengdu has none there, so its region is empty.
 */
interface RegionInfo {
  city: string;
  cityZh: string;
  regionZh: string;
  /** the first six digits of ID numbers issued there */
  areaCode: string;
  /** licence-plate prefixes used there */
  plates: string[];
  streets: string[];
}

const BJ_PLATES = ['京A', '京B', '京E', '京F', '京G', '京H', '京J', '京K', '京L', '京M', '京N', '京P', '京Q'];
const bj = (regionZh: string, areaCode: string, streets: string): RegionInfo => ({
  city: 'beijing', cityZh: '北京市', regionZh, areaCode, plates: BJ_PLATES, streets: streets.split(' '),
});

export const REGIONS: Record<string, RegionInfo> = {
  chaoyang: bj('朝阳区', '110105', '建国路 朝阳北路 望京街 酒仙桥路 东三环中路 亮马桥路 朝阳门外大街 十里堡路 广渠路 北苑路'),
  haidian: bj('海淀区', '110108', '中关村大街 学院路 知春路 西三环北路 万寿路 成府路 上地信息路 清河中街'),
  dongcheng: bj('东城区', '110101', '东直门内大街 王府井大街 安定门外大街 和平里东街 东四北大街'),
  xicheng: bj('西城区', '110102', '西直门南大街 金融大街 月坛南街 宣武门外大街 德胜门外大街 广安门内大街'),
  fengtai: bj('丰台区', '110106', '丰台路 南三环西路 方庄路 马家堡东路 科学城星火路'),
  shijingshan: bj('石景山区', '110107', '石景山路 鲁谷路 古城大街 八角西街'),
  tongzhou: bj('通州区', '110112', '新华西街 运河西大街 梨园北街 九棵树西路'),
  changping: bj('昌平区', '110114', '回龙观西大街 天通苑中街 政府街 北清路'),
  daxing: bj('大兴区', '110115', '兴华大街 黄村西大街 荣华中路 旧宫东路'),
  shunyi: bj('顺义区', '110113', '府前街 新顺南大街 裕民大街 天竺路'),
  pudong: { city: 'shanghai', cityZh: '上海市', regionZh: '浦东新区', areaCode: '310115', plates: ['沪A', '沪B', '沪C'], streets: ['世纪大道', '张杨路', '浦东南路', '陆家嘴环路', '锦绣路'] },
  xuhui: { city: 'shanghai', cityZh: '上海市', regionZh: '徐汇区', areaCode: '310104', plates: ['沪A', '沪B'], streets: ['漕溪北路', '衡山路', '肇嘉浜路', '田林路'] },
  minhang: { city: 'shanghai', cityZh: '上海市', regionZh: '闵行区', areaCode: '310112', plates: ['沪A', '沪D'], streets: ['七莘路', '虹井路', '沪闵路', '春申路'] },
  tianhe: { city: 'guangzhou', cityZh: '广州市', regionZh: '天河区', areaCode: '440106', plates: ['粤A'], streets: ['天河路', '体育西路', '黄埔大道西', '花城大道'] },
  nanshan: { city: 'shenzhen', cityZh: '深圳市', regionZh: '南山区', areaCode: '440305', plates: ['粤B'], streets: ['深南大道', '南海大道', '科苑路', '后海大道'] },
  xihu: { city: 'hangzhou', cityZh: '杭州市', regionZh: '西湖区', areaCode: '330106', plates: ['浙A'], streets: ['文三路', '天目山路', '西溪路', '黄龙路'] },
};

const CHENGDU: RegionInfo = {
  city: 'chengdu', cityZh: '成都市', regionZh: '锦江区', areaCode: '510104', plates: ['川A'], streets: ['人民南路', '天府大道', '春熙路', '蜀都大道'],
};

const regionPick = weighted<string | null>([
  ['chaoyang', 20], ['haidian', 15], ['fengtai', 10], ['changping', 10], ['tongzhou', 9], ['daxing', 9], ['shunyi', 7],
  ['dongcheng', 6], ['xicheng', 6], ['shijingshan', 5],
  ['pudong', 1.6], ['xuhui', 1.2], ['minhang', 1.2], ['tianhe', 2], ['nanshan', 2], ['xihu', 2], [null, 2],
]);

/** Birthplaces of people who moved to the city (first six digits of their ID numbers). */
const ELSEWHERE = ['130102', '370102', '410105', '210102', '420106', '230103', '610113', '320102', '140105', '120101', '150102', '340104'];

const COMPOUNDS = ['阳光花园', '华润中央公园', '金地国际', '远洋山水', '万科城市花园', '首开璞瑅', '保利和光', '龙湖时代天街', '珠江帝景', '富力城'];

export interface Location {
  city: string;
  region: string | null;
  address: string;
  areaCode: string;
  platePrefix: string;
}

export function location(rng: Rng): Location {
  const region = regionPick.pick(rng);
  const info = region ? REGIONS[region] : CHENGDU;
  const street = rng.pick(info.streets);
  const style = rng.int(0, 2);
  const address =
    style === 0 ? `${info.cityZh}${info.regionZh}${street}${rng.int(1, 199)}号院${rng.int(1, 24)}号楼${rng.int(1, 6)}单元${rng.int(1, 28)}0${rng.int(1, 4)}室`
    : style === 1 ? `${info.cityZh}${info.regionZh}${street}${rng.pick(COMPOUNDS)}${rng.int(1, 18)}栋${rng.int(2, 32)}0${rng.int(1, 6)}室`
    : `${info.cityZh}${info.regionZh}${street}${rng.int(1, 320)}号`;
  return { city: info.city, region, address, areaCode: info.areaCode, platePrefix: rng.pick(info.plates) };
}

/** An ID-number area code: where they live, or for a third of them somewhere else in China. */
export function birthArea(rng: Rng, loc: Location): string {
  return rng.chance(0.65) ? loc.areaCode : rng.pick(ELSEWHERE);
}

/** An address for a company (fleet customers): an office on a main road. */
export function officeAddress(rng: Rng, loc: Location): string {
  const info = loc.region ? REGIONS[loc.region] : CHENGDU;
  return `${info.cityZh}${info.regionZh}${rng.pick(info.streets)}${rng.int(1, 200)}号${rng.pick(['大厦', '写字楼', '科技园', '产业园'])}${rng.int(2, 28)}层`;
}
