import { dayFrom, type Day } from './dates.js';

/** Lunar festivals fall on different solar dates each year: [Spring Festival, Dragon Boat, Qixi, Mid-Autumn] as MM-DD. */
const LUNAR: Record<number, [string, string, string, string]> = {
  2022: ['02-01', '06-03', '08-04', '09-10'],
  2023: ['01-22', '06-22', '08-22', '09-29'],
  2024: ['02-10', '06-10', '08-10', '09-17'],
  2025: ['01-29', '05-31', '08-29', '10-06'],
  2026: ['02-17', '06-19', '08-19', '09-25'],
  2027: ['02-06', '06-09', '08-08', '09-15'],
  2028: ['01-26', '05-28', '08-26', '10-03'],
  2029: ['02-13', '06-16', '08-16', '09-22'],
  2030: ['02-03', '06-05', '08-05', '09-12'],
};
const APPROX: [string, string, string, string] = ['02-05', '06-10', '08-15', '09-20'];

function md(year: number, mmdd: string): Day {
  const [m, d] = mmdd.split('-').map(Number);
  return dayFrom(year, m, d);
}

/** The day of each holiday of the `holiday` lookup in a year. */
const holidayCache = new Map<number, { code: string; day: Day }[]>();

export function holidays(year: number): { code: string; day: Day }[] {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const [spring, dragon, qixi, autumn] = LUNAR[year] ?? APPROX;
  const list = [
    { code: 'new_year', day: dayFrom(year, 1, 1) },
    { code: 'spring_festival', day: md(year, spring) },
    { code: 'lantern', day: md(year, spring) + 14 },
    { code: 'womens_day', day: dayFrom(year, 3, 8) },
    { code: 'qingming', day: dayFrom(year, 4, 4) },
    { code: 'labour_day', day: dayFrom(year, 5, 1) },
    { code: 'dragon_boat', day: md(year, dragon) },
    { code: 'childrens_day', day: dayFrom(year, 6, 1) },
    { code: 'qixi', day: md(year, qixi) },
    { code: 'teachers_day', day: dayFrom(year, 9, 10) },
    { code: 'mid_autumn', day: md(year, autumn) },
    { code: 'national_day', day: dayFrom(year, 10, 1) },
    { code: 'christmas', day: dayFrom(year, 12, 25) },
  ];
  list.sort((a, b) => a.day - b.day);
  holidayCache.set(year, list);
  return list;
}

export function holidayDay(year: number, code: string): Day {
  const h = holidays(year).find((x) => x.code === code);
  if (!h) throw new Error(`no holiday ${code}`);
  return h.day;
}

/** The last holiday on or before `today` and the next one after it. */
const aroundCache = new Map<Day, { last: { code: string; day: Day }; next: { code: string; day: Day } }>();

export function holidaysAround(today: Day, year: number): { last: { code: string; day: Day }; next: { code: string; day: Day } } {
  const cached = aroundCache.get(today);
  if (cached) return cached;
  const all = [...holidays(year - 1), ...holidays(year), ...holidays(year + 1)];
  const nextIndex = all.findIndex((h) => h.day > today);
  const around = { last: all[nextIndex - 1], next: all[nextIndex] };
  aroundCache.set(today, around);
  return around;
}

/** The Saturday on or before a day (events are held at weekends). */
export function saturdayBefore(day: Day): Day {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return day - ((weekday + 1) % 7);
}

export const HOLIDAY_GREETINGS: Record<string, string> = {
  new_year: '新年快乐！愿您在新的一年里出行平安、万事顺意',
  spring_festival: '新春大吉！恭祝您和家人阖家幸福、马到成功',
  lantern: '元宵佳节，祝您团团圆圆、事事如意',
  womens_day: '女神节快乐！愿您美丽自信、一路芬芳',
  qingming: '清明出行车流量大，请您注意行车安全，如需车辆检查欢迎预约',
  labour_day: '劳动节快乐！长假出行前欢迎来店免费检测',
  dragon_boat: '端午安康！愿您粽享幸福、平安出行',
  childrens_day: '六一儿童节快乐！祝您的宝贝健康快乐成长',
  qixi: '七夕快乐！愿您与爱人共赴美好旅程',
  teachers_day: '教师节快乐！感谢您的辛勤付出',
  mid_autumn: '中秋快乐！月圆人团圆，祝您阖家安康',
  national_day: '国庆快乐！长假出行请注意安全，祝您旅途愉快',
  christmas: '圣诞快乐！温暖冬日，感谢有您一路相伴',
};
