import { dayFrom, partsOf, type Day } from './dates.js';
import { holidayDay, saturdayBefore } from './calendar.js';

/** One CS event of the year's plan (the activities the seeds name). */
export interface EventTemplate {
  title: string;
  type: string;
  theme: string;
  place: string;
  capacity: number;
  budget: number;
  start: Day;
  /** hours on the first day and the last day */
  from: number;
  to: number;
  days: number;
  prospects: boolean;
  points: number;
  description: string;
  cancelled?: string;
}

const SEASONS = ['冬季', '冬季', '春季', '春季', '春季', '夏季', '夏季', '夏季', '秋季', '秋季', '秋季', '冬季'];

/** The events of one year; `month` (1–12 of today) places the monthly photo contest and next month's class. */
export function yearEvents(year: number, today: Day): EventTemplate[] {
  const list: EventTemplate[] = [
    { title: '元宵喜乐会·猜灯谜抽大奖', type: 'lucky_draw', theme: '购车、维修客户元宵抽奖，猜灯谜赢保养券', place: '本店展厅', capacity: 120, budget: 30000,
      start: holidayDay(year, 'lantern'), from: 14, to: 17, days: 1, prospects: true, points: 200,
      description: '元宵节当天在展厅举办灯谜竞猜与抽奖，奖品含保养工时券、车载香氛等；购车及维修客户凭当日单据参与抽奖，提高A卡客户信心，促成订单。' },
    { title: '春季爱车养护课堂（奥林匹克森林公园）', type: 'car_care_class', theme: '走出车间，在公园里学用车', place: '奥林匹克森林公园南园', capacity: 60, budget: 18000,
      start: saturdayBefore(dayFrom(year, 4, 20)), from: 9, to: 12, days: 1, prospects: false, points: 300,
      description: '以往在维修车间举办的养护课堂参与人数逐年下降，本次改到公园草坪：技术经理讲解春季用车常识（空调、轮胎、雨刮），现场免费检测，并安排亲子野餐。' },
    { title: '六一"小小车主"儿童节主题日', type: 'themed_day', theme: '带孩子来店过节', place: '本店展厅及客户休息区', capacity: 80, budget: 15000,
      start: saturdayBefore(dayFrom(year, 6, 1)), from: 10, to: 16, days: 1, prospects: true, points: 200,
      description: '儿童绘画比赛"我心中的汽车"、交通安全小课堂、儿童安全座椅体验；家长可同时享受免费检测与洗车。' },
    { title: '端午粽香情·亲子包粽子主题日', type: 'themed_day', theme: '粽叶飘香，情暖车主', place: '本店客户休息区', capacity: 60, budget: 12000,
      start: saturdayBefore(holidayDay(year, 'dragon_boat')), from: 10, to: 15, days: 1, prospects: false, points: 200,
      description: '邀请保有客户携家人来店包粽子、制作香囊，现场评选最佳手艺并赠送端午礼盒；维修等待客户可一同参与。' },
    { title: '少儿夏令营·汽车科学探索营', type: 'summer_camp', theme: '小小工程师的汽车之旅', place: '本店售后车间及怀柔营地', capacity: 40, budget: 60000,
      start: saturdayBefore(dayFrom(year, 7, 20)) + 2, from: 9, to: 16, days: 5, prospects: false, points: 500,
      description: '面向车主子女（8–14岁）的五日夏令营：参观车间、认识汽车构造、动手拼装模型车、户外拓展；由客户关系部与售后服务部共同组织。' },
    { title: '环京自驾游·坝上草原两日行', type: 'self_drive', theme: '一路同行，遇见草原', place: '张北坝上草原', capacity: 30, budget: 45000,
      start: saturdayBefore(dayFrom(year, 8, 25)), from: 7, to: 19, days: 2, prospects: true, points: 500,
      description: '组织车主及热点意向客户自驾前往坝上草原，沿途安排技师随队保障；提高意向客户成交率，也促进车主之间的交流。' },
    { title: '爱心助学·车主冬衣与图书捐赠行', type: 'charity', theme: '一本书、一件冬衣，一份爱', place: '怀柔区山区希望小学', capacity: 40, budget: 25000,
      start: saturdayBefore(dayFrom(year, 11, 15)), from: 8, to: 17, days: 1, prospects: false, points: 500,
      description: '车主自愿组成爱心车队，向山区小学捐赠冬衣、图书和文具，并为学校教师车辆提供免费检测。' },
    { title: '金秋车主俱乐部·中秋联谊会', type: 'owners_club', theme: '月圆人团圆，车主一家亲', place: '本店展厅及二楼会议厅', capacity: 150, budget: 80000,
      start: saturdayBefore(holidayDay(year, 'mid_autumn')), from: 18, to: 21, days: 1, prospects: false, points: 300,
      description: '车主俱乐部年度联谊：优秀车主表彰、意见领袖分享用车心得、中秋猜谜与抽奖；按车型与颜色组建礼仪车队，招募志愿者。' },
    { title: '金秋购车季·试乘试驾抽奖', type: 'lucky_draw', theme: '试驾有礼，购车抽大奖', place: '本店展厅及试驾路线', capacity: 100, budget: 35000,
      start: saturdayBefore(dayFrom(year, 10, 25)), from: 9, to: 17, days: 1, prospects: true, points: 200,
      description: '试乘试驾即可参与抽奖，当日订车客户参加购车大奖抽取；老客户推荐亲友到店另有积分奖励。' },
    { title: '圣诞主题日·温暖冬日嘉年华', type: 'themed_day', theme: '圣诞老人来送礼', place: '本店展厅', capacity: 100, budget: 28000,
      start: saturdayBefore(dayFrom(year, 12, 24)), from: 10, to: 17, days: 1, prospects: true, points: 200,
      description: '展厅圣诞布置、圣诞老人派发礼物、亲子手工、冬季用车免费检测；维修等待区每整点有奖问答。' },
    { title: '年终忠诚客户上门拜访', type: 'home_visit', theme: '感恩有您，一路同行', place: '客户家中或单位', capacity: 50, budget: 40000,
      start: dayFrom(year, 12, 8), from: 9, to: 18, days: 22, prospects: false, points: 300,
      description: '年底对钻石卡、金卡及多年忠诚客户上门拜访，赠送新年礼品，并由技师现场为客户车辆进行检查。' },
  ];
  const { y, m } = partsOf(today);
  if (y === year) {
    const monthStart = dayFrom(year, m, 1);
    list.push({ title: `${m}月"谁的笑容最灿烂"交车微笑评比`, type: 'photo_contest', theme: '交车瞬间，笑容最美', place: '本店交车区及线上投票',
      capacity: 60, budget: 5000, start: monthStart, from: 9, to: 18, days: dayFrom(year, m + 1, 1) - monthStart, prospects: false, points: 200,
      description: '本月交车时为客户拍照留念，照片寄给客户并参加"谁的笑容最灿烂"评比，月底评出冠军客户赠送小礼物。' });
    const next = saturdayBefore(dayFrom(year, m + 1, 13));
    list.push({ title: `${SEASONS[partsOf(next).m - 1]}用车养护课堂（朝阳公园）`, type: 'car_care_class', theme: '换季用车，安心出行', place: '朝阳公园南门草坪',
      capacity: 50, budget: 12000, start: next, from: 9, to: 12, days: 1, prospects: true, points: 300,
      description: '换季前的用车养护讲座：轮胎、蓄电池、空调与防冻液检查，现场免费检测；邀请近期到店的意向客户一起参加。' });
    // the owners' club meets again about six weeks ahead: very satisfied customers from follow-up calls are invited to it
    list.push({ title: '车主俱乐部·新春联谊会', type: 'owners_club', theme: '辞旧迎新，车主同乐', place: '本店展厅及二楼会议厅',
      capacity: 120, budget: 60000, start: saturdayBefore(today + 45), from: 18, to: 21, days: 1, prospects: false, points: 300,
      description: '车主俱乐部新春联谊：年度优秀车主表彰、新春抽奖与文艺表演；回访中非常满意的车主优先邀请。' });
  }
  return list;
}

/** Next year's first events, already in the draft plan. */
export function nextYearEvents(year: number): EventTemplate[] {
  return yearEvents(year, dayFrom(year - 5, 1, 1)).slice(0, 2);
}

/** Last year's events that are kept as history (one was called off). */
export function lastYearEvents(year: number): EventTemplate[] {
  const pick = yearEvents(year, dayFrom(year - 5, 1, 1)).filter((e) => ['self_drive', 'owners_club', 'themed_day', 'home_visit'].includes(e.type));
  return pick
    .filter((e) => !e.title.startsWith('六一') && !e.title.startsWith('端午'))
    .map((e) => (e.type === 'self_drive' ? { ...e, cancelled: '因暴雨预警取消，已电话通知全部报名客户' } : e));
}
