import type { Knex } from 'knex';
import { holidays } from './calendar.js';
import { isoDate } from './dates.js';
import { generateGreetings } from '../../server/domain/greetings/generate.js';

/**
 * Greeting templates per tier and language, and the greeting days of 2025–2027 (the lunar festivals move),
 * then the greetings sweep run once as the scheduler would. Gifts follow each tier's care policy (fixtures):
 * diamond 节日礼品、生日鲜花; gold 节日礼品、生日贺卡; silver 生日贺卡; regular only greetings.
 */
const DAYS = ['new_year', 'spring_festival', 'lantern', 'womens_day', 'labour_day', 'dragon_boat', 'qixi', 'mid_autumn', 'national_day'];

type TemplateSeed = [touchType: string, tier: string | null, locale: 'zh' | 'en', channel: string | null, body: string, gift: string | null];

const TEMPLATES: TemplateSeed[] = [
  ['birthday', 'diamond', 'zh', null, '尊敬的{name}：今天是您的生日，{dealer}全体员工祝您生日快乐、幸福安康！您的专属顾问将为您送上生日鲜花。', '生日鲜花'],
  ['birthday', 'gold', 'zh', null, '尊敬的{name}：{dealer}祝您生日快乐！一张生日贺卡已寄出，愿您用车愉快、万事顺意。', '生日贺卡'],
  ['birthday', 'silver', 'zh', null, '尊敬的{name}：{dealer}祝您生日快乐！生日当月到店保养可享工时费 95 折。', '生日贺卡'],
  ['birthday', null, 'zh', null, '尊敬的{name}：{dealer}全体员工祝您生日快乐！', null],
  ['birthday', null, 'en', null, 'Dear {name}, everyone at {dealer} wishes you a very happy birthday!', null],
  ['holiday', 'diamond', 'zh', null, '尊敬的{name}：{holiday}将至，{dealer}为您准备了节日礼品，恭祝您和家人节日快乐、阖家幸福！', '节日礼品'],
  ['holiday', 'gold', 'zh', null, '尊敬的{name}：{dealer}祝您{holiday}快乐！节日礼品已为您备好，欢迎来店领取。', '节日礼品'],
  ['holiday', null, 'zh', null, '尊敬的{name}：{dealer}祝您{holiday}快乐！出行车流量大，请注意行车安全。', null],
  ['holiday', null, 'en', null, 'Dear {name}, {dealer} wishes you a happy {holiday}. Drive safely!', null],
  ['anniversary', 'diamond', 'zh', null, '尊敬的{name}：您的爱车{model}{years}岁了！感谢您{years}年来的信任，周年保养礼遇已为您预留。——{dealer}', '周年保养礼遇'],
  ['anniversary', null, 'zh', null, '尊敬的{name}：您的爱车{model}{years}岁了，生日快乐！凭此短信可到店免费检测一次。——{dealer}', null],
  ['anniversary', null, 'en', null, 'Dear {name}, your {model} turns {years} today! Show this message for a free check-up. — {dealer}', null],
];

export async function seedGreetings(trx: Knex.Transaction, now: Date): Promise<void> {
  const stamp = now.toISOString();
  const base = { created_at: stamp, updated_at: stamp, version: 1 };
  const tiers = new Map((await trx('tiers').select('id', 'code')).map((t: { id: number; code: string }) => [t.code, Number(t.id)]));
  await trx('message_templates').insert(TEMPLATES.map(([touch_type, tier, locale, channel, body, gift]) => ({
    ...base, touch_type, tier_id: tier ? (tiers.get(tier) ?? null) : null, locale, channel, body, gift, active: true,
  })));
  const days = [2025, 2026, 2027].flatMap((year) => holidays(year).filter((h) => DAYS.includes(h.code)).map((h) => ({ ...base, holiday: h.code, day: isoDate(h.day) })));
  await trx('greeting_days').insert(days);
  await generateGreetings(trx, now);
}
