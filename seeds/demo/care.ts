import { addYears, at, dayFrom, isoDate, type Day } from './dates.js';
import { DEALER, stamps, type Ctx, type Row, type TierInfo } from './context.js';
import type { Draft } from './customers.js';
import type { Vehicle } from './vehicles.js';
import { HOLIDAY_GREETINGS, holidaysAround } from './calendar.js';
import { honorific } from './names.js';
import { modelName } from './lookups.js';

type TouchType = 'birthday' | 'holiday' | 'anniversary' | 'gift' | 'tier_promotion';

interface Touch {
  type: TouchType;
  day: Day;
  channel: string;
  message: string;
  holiday?: string;
  gift?: string;
}

const TIER_NAMES: Record<string, string> = { diamond: '钻石卡', gold: '金卡', silver: '银卡', regular: '普通卡' };

/** Past touches were mostly sent (some skipped: no consent, wrong number); future ones are scheduled. */
function touchRow(ctx: Ctx, d: Draft, t: Touch): Row {
  const { rng } = d;
  const { today } = ctx.clock;
  const status = t.day > today ? 'scheduled' : t.day === today ? (rng.chance(0.5) ? 'sent' : 'scheduled') : rng.chance(0.92) ? 'sent' : 'skipped';
  const sent = status === 'sent' ? t.day - (t.channel === 'card' ? rng.int(1, 3) : 0) : null;
  return {
    id: ctx.ids.next('care_touches'), customer_id: d.id, touch_type: t.type, holiday: t.holiday ?? null, channel: t.channel,
    scheduled_date: isoDate(t.day), sent_date: sent === null ? null : isoDate(sent), status, message: t.message,
    gift: t.gift ?? null, staff_id: rng.pick(ctx.staff.specialists),
    ...stamps(ctx.clock, at(t.day - 14, 10), at(sent ?? Math.min(t.day, today), 9, 30)),
  };
}

/**
 * Birthday greetings (recent and the coming two weeks), the last and next holiday, purchase anniversaries
 * ("您的爱车一岁了"), tier promotions and the top tier's yearly gift; channel and gift by tier.
 */
export function careTouchesOf(ctx: Ctx, d: Draft, tier: TierInfo, vehicles: Vehicle[]): Row[] {
  const { rng } = d;
  const { today, year } = ctx.clock;
  const name = honorific(d.person, d.gender);
  const sms = d.profile.consent_sms === true;
  const top = tier.rank >= 3;
  const touches: Touch[] = [];
  const birthday = d.profile.birthday;
  if (typeof birthday === 'string' && (d.type !== 'prospect' || rng.chance(0.3))) {
    const [, m, dd] = birthday.split('-').map(Number);
    for (const y of [year - 1, year, year + 1]) {
      const day = dayFrom(y, m, dd);
      if (day < today - 120 || day > today + 14) continue;
      touches.push({
        type: 'birthday', day, channel: top ? 'card' : sms ? rng.pick(['sms', 'wechat']) : 'call',
        message: `尊敬的${name}：${DEALER}全体员工祝您生日快乐！${top ? '我们为您准备了生日礼物，欢迎来店领取。' : ''}`,
        gift: top ? rng.pick(['生日鲜花', '生日蛋糕券']) : undefined,
      });
    }
  }
  if (d.type !== 'prospect' && (sms || top)) {
    const { last, next } = holidaysAround(today, year);
    for (const h of [last, next]) {
      if (h.day < today - 60 || h.day > today + 45) continue;
      const big = top && (h.code === 'spring_festival' || h.code === 'mid_autumn');
      touches.push({
        type: 'holiday', holiday: h.code, day: h.day - (big ? 3 : 0), channel: big ? 'visit' : top || !sms ? 'card' : 'sms',
        message: `尊敬的${name}：${HOLIDAY_GREETINGS[h.code]}。——${DEALER}`,
        gift: big ? (h.code === 'mid_autumn' ? '中秋月饼礼盒' : '新春礼盒') : undefined,
      });
    }
  }
  for (const v of vehicles) {
    for (let k = 1; k <= 6; k++) {
      const day = addYears(v.purchase, k);
      if (day < today - 90 || day > today + 30) continue;
      touches.push({
        type: 'anniversary', day, channel: sms ? 'sms' : 'card',
        message: `尊敬的${name}：您的爱车${modelName(v.model)}${k}岁了，生日快乐！感谢您${k}年来的信任与陪伴，凭此短信可到店领取免费检测一次。`,
      });
    }
  }
  if (tier.rank >= 2 && rng.chance(0.4)) {
    touches.push({
      type: 'tier_promotion', day: today - rng.int(5, 180), channel: sms ? rng.pick(['sms', 'wechat']) : 'call',
      message: `尊敬的${name}：恭喜您晋升为${TIER_NAMES[tier.code] ?? tier.code}会员，专属权益已为您开通。`,
    });
  }
  if (tier.rank >= 4) {
    touches.push({
      type: 'gift', day: today - 30 + rng.int(0, 60), channel: 'visit', gift: '年度会员旅行邀请函',
      message: `尊敬的${name}：感谢您一直以来的支持，诚邀您参加钻石卡会员年度旅行。`,
    });
  }
  return touches.sort((a, b) => a.day - b.day).map((t) => touchRow(ctx, d, t));
}
