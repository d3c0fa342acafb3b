import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { loyaltyWorld, countOf, type World } from './loyalty.js';
import { generateGreetings } from '../../server/domain/greetings/generate.js';
import { chooseTemplate, render, templateOf } from '../../server/domain/greetings/templates.js';
import type { Row } from '../../server/resources/types.js';

/**
 * Care touches (issue 7 part 6): the greetings sweep finds each kind's customers on the right day, once, on a
 * channel they agreed to, in their tier's and language's words; sending writes the outbox and marks the
 * touches sent, and a greeting to a customer without consent is refused with nothing written.
 */

async function put(db: Knex, table: string, row: Row): Promise<number> {
  const stamp = new Date().toISOString();
  const [r] = await db(table).insert({ ...row, created_at: stamp, updated_at: stamp, version: 1 }, ['id']);
  return Number((r as Row).id);
}

// 2026-06-16 10:00 China time; with days_ahead 3 the window is 06-16 … 06-19 (端午 2026-06-19)
const NOW = new Date('2026-06-16T02:00:00Z');

describe('greetings', () => {
  let w: World;
  const who: Record<string, number> = {};
  const tpl: Record<string, number> = {};
  const touchesOf = async (customer: string) =>
    (await w.t.db('care_touches').where({ customer_id: who[customer] }).orderBy(['scheduled_date', 'touch_type']).select('*')) as Row[];

  beforeAll(async () => {
    w = await loyaltyWorld();
    const db = w.t.db;
    const customer = async (key: string, extra: Row) => {
      who[key] = await put(db, 'customers', { name: key, customer_type: 'owner', ...extra });
    };
    // gold, agrees to SMS, prefers it: birthday on the 17th, a car 3 years old on the 18th, another 1 year old on the 17th
    await customer('gold', { tier_id: w.tier.gold, birthday: '1980-06-17', consent_sms: true, preferred_channel: 'sms', phone: '13800000001' });
    // diamond, English, prefers letters (a card needs no consent): birthday today
    await customer('diamondEn', { tier_id: w.tier.diamond, birthday: '1975-06-16', preferred_channel: 'mail', preferred_locale: 'en', address: '北京市朝阳区1号' });
    // silver, prefers WeChat but agreed to e-mail only: falls back to e-mail
    await customer('silver', { tier_id: w.tier.silver, birthday: '1990-06-19', consent_email: true, preferred_channel: 'wechat', email: 's@example.com' });
    // agreed to nothing and prefers SMS: skipped
    await customer('noConsent', { tier_id: w.tier.regular, birthday: '1985-06-18', preferred_channel: 'sms', phone: '13800000004' });
    // birthday next week: outside the window; a prospect: no holiday greeting
    await customer('later', { tier_id: w.tier.regular, birthday: '1990-06-25', consent_sms: true, customer_type: 'prospect' });
    await put(db, 'vehicles', { customer_id: who.gold, model: 'sedan_a', purchase_date: '2023-06-18' });
    await put(db, 'vehicles', { customer_id: who.gold, model: 'suv_compact', purchase_date: '2025-06-17' });
    await put(db, 'vehicles', { customer_id: who.silver, model: 'sedan_a', purchase_date: '2026-06-16' }); // bought today: no anniversary
    await put(db, 'greeting_days', { holiday: 'dragon_boat', day: '2026-06-19' });
    await put(db, 'greeting_days', { holiday: 'national_day', day: '2026-10-01' });
    const template = async (key: string, row: Row) => {
      tpl[key] = await put(db, 'message_templates', { active: true, locale: 'zh', ...row });
    };
    await template('birthdayGold', { touch_type: 'birthday', tier_id: w.tier.gold, body: '尊敬的{name}：{dealer}祝您生日快乐！', gift: '生日贺卡' });
    await template('birthdayAll', { touch_type: 'birthday', body: '{name}，生日快乐！' });
    await template('birthdayEn', { touch_type: 'birthday', locale: 'en', body: 'Happy birthday, {name}!' });
    await template('birthdayDiamond', { touch_type: 'birthday', tier_id: w.tier.diamond, body: '{name}，生日快乐，鲜花已备好', gift: '生日鲜花' });
    await template('anniversary', { touch_type: 'anniversary', body: '{name}：您的爱车{model}{years}岁了' });
    await template('holidayAll', { touch_type: 'holiday', body: '{name}：{dealer}祝您{holiday}快乐' });
    await template('holidayGold', { touch_type: 'holiday', tier_id: w.tier.gold, body: '{name}：{holiday}安康，礼品已备好', gift: '节日礼品' });
    await template('inactive', { touch_type: 'holiday', tier_id: w.tier.silver, body: '停用', active: false });
  });
  afterAll(async () => w.t.drop());

  it('when the sweep runs, then each birthday, anniversary and holiday in the window becomes one scheduled touch on its day; a second run adds nothing', async () => {
    await w.specialist.post('/api/care_touches/generate').expect(403);
    const first = await generateGreetings(w.t.db, NOW);
    expect(first.by_type).toEqual({ birthday: 3, anniversary: 2, holiday: 3 });
    expect(first.no_consent).toBe(1);

    const gold = await touchesOf('gold');
    expect(gold.map((t) => [t.touch_type, String(t.scheduled_date).slice(0, 10), t.channel, t.status])).toEqual([
      ['anniversary', '2026-06-17', 'sms', 'scheduled'], ['birthday', '2026-06-17', 'sms', 'scheduled'],
      ['anniversary', '2026-06-18', 'sms', 'scheduled'], ['holiday', '2026-06-19', 'sms', 'scheduled'],
    ]);
    expect(gold.map((t) => t.message)).toEqual([
      'gold：您的爱车奇骏 紧凑型SUV1岁了', '尊敬的gold：京诚汽车4S店祝您生日快乐！', 'gold：您的爱车轩逸 A级轿车3岁了', 'gold：端午节安康，礼品已备好',
    ]);
    expect(gold.map((t) => t.gift)).toEqual([null, '生日贺卡', null, '节日礼品']);
    expect(gold.find((t) => t.touch_type === 'holiday')?.source_key).toBe(`holiday:dragon_boat:${who.gold}:2026-06-19`);
    expect(gold.find((t) => t.touch_type === 'birthday')?.source_key).toBe(`birthday:${who.gold}:2026`);

    const diamond = await touchesOf('diamondEn');
    expect(diamond.map((t) => [t.touch_type, String(t.scheduled_date).slice(0, 10), t.channel, t.message, t.gift, Number(t.template_id)])).toEqual([
      ['birthday', '2026-06-16', 'card', 'Happy birthday, diamondEn!', null, tpl.birthdayEn],
      ['holiday', '2026-06-19', 'card', 'diamondEn：京诚汽车4S店祝您端午节快乐', null, tpl.holidayAll],
    ]);
    const silver = await touchesOf('silver');
    expect(silver.map((t) => [t.touch_type, String(t.scheduled_date).slice(0, 10), t.channel, Number(t.template_id)])).toEqual([
      ['birthday', '2026-06-19', 'email', tpl.birthdayAll], ['holiday', '2026-06-19', 'email', tpl.holidayAll],
    ]);
    expect(await touchesOf('noConsent')).toEqual([]);
    expect(await touchesOf('later')).toEqual([]);

    const before = await countOf(w.t.db, 'care_touches');
    const again = await generateGreetings(w.t.db, NOW);
    expect(again.created).toBe(0);
    expect(again.existing).toBe(first.created);
    expect(await countOf(w.t.db, 'care_touches')).toBe(before);
    // a manager may run it now through the API: still nothing new
    expect((await w.manager.post('/api/care_touches/generate').expect(200)).body.created).toBe(0);
  });

  it('when a template is chosen, then the language comes first, then the tier, then every tier; placeholders are filled', () => {
    const list = [
      { id: 1, touch_type: 'birthday', tier_id: null, locale: 'zh', channel: null, body: 'a', gift: null },
      { id: 2, touch_type: 'birthday', tier_id: 7, locale: 'zh', channel: null, body: 'b', gift: 'g' },
      { id: 3, touch_type: 'birthday', tier_id: null, locale: 'en', channel: null, body: 'c', gift: null },
      { id: 4, touch_type: 'birthday', tier_id: 7, locale: 'zh', channel: 'card', body: 'd', gift: null },
    ].map(templateOf);
    const pick = (tierId: number | null, locale: string, channel = 'sms') => chooseTemplate(list, { touchType: 'birthday', tierId, locale, channel })?.id;
    expect([pick(7, 'zh'), pick(8, 'zh'), pick(7, 'en'), pick(7, 'zh', 'card'), pick(null, 'fr')]).toEqual([2, 1, 3, 4, 1]);
    expect(chooseTemplate(list, { touchType: 'holiday', tierId: 7, locale: 'zh', channel: 'sms' })).toBeNull();
    expect(render('{name}的{model}{years}岁了，{unknown}', { name: '王', model: '朗逸', years: 2 })).toBe('王的朗逸2岁了，{unknown}');
  });

  it('when touches are sent, then the outbox holds one row per message and the touches are marked sent; calls need no outbox', async () => {
    const gold = await touchesOf('gold');
    const diamond = await touchesOf('diamondEn');
    const call = await put(w.t.db, 'care_touches', { customer_id: who.noConsent, touch_type: 'other', channel: 'call', scheduled_date: '2026-06-16', status: 'scheduled' });
    const ids = [Number(gold[1].id), Number(diamond[0].id), call];
    await w.sales.post('/api/care_touches/send').send({ ids }).expect(403);
    const res = await w.specialist.post('/api/care_touches/send').send({ ids }).expect(200);
    expect(res.body).toMatchObject({ sent: 3, unchanged: 0, failed: [] });
    const outbox: Row[] = await w.t.db('outbox').orderBy('care_touch_id').select('*');
    expect(outbox.map((o) => [Number(o.care_touch_id), o.channel, o.recipient, o.body, o.status, o.batch_id])).toEqual([
      [Number(diamond[0].id), 'card', '北京市朝阳区1号', 'Happy birthday, diamondEn!', 'queued', res.body.batch_id],
      [Number(gold[1].id), 'sms', '13800000001', '尊敬的gold：京诚汽车4S店祝您生日快乐！', 'queued', res.body.batch_id],
    ].sort((a, b) => Number(a[0]) - Number(b[0])));
    const statuses: Row[] = await w.t.db('care_touches').whereIn('id', ids).select('status', 'sent_date');
    expect(statuses.every((s) => s.status === 'sent' && s.sent_date)).toBe(true);
    // sending again changes nothing
    expect((await w.specialist.post('/api/care_touches/send').send({ ids }).expect(200)).body).toMatchObject({ sent: 0, unchanged: 3 });
    expect(await countOf(w.t.db, 'outbox')).toBe(2);
    await w.specialist.post('/api/care_touches/send').send({ ids: [] }).expect(400);
    await w.specialist.post('/api/care_touches/send').send({ ids: [999999] }).expect(400);
  });

  it('when a greeting goes to a customer without consent, then sending is refused naming the customer and nothing is written', async () => {
    const ok = Number((await touchesOf('gold'))[2].id);
    const bad = await put(w.t.db, 'care_touches', { customer_id: who.noConsent, touch_type: 'birthday', channel: 'sms', scheduled_date: '2026-06-18', status: 'scheduled', message: 'x' });
    const outboxBefore = await countOf(w.t.db, 'outbox');
    const res = await w.specialist.post('/api/care_touches/send').set('Accept-Language', 'en').send({ ids: [ok, bad] }).expect(400);
    expect(res.body.errors.channel).toBe(`customer noConsent (#${who.noConsent}) has not agreed to receive SMS or WeChat messages; choose a card, call or visit`);
    expect(await countOf(w.t.db, 'outbox')).toBe(outboxBefore);
    expect((await w.t.db('care_touches').where({ id: ok }).first('status')).status).toBe('scheduled');
  });

  it('when a touch is created or moved to a channel the customer has not agreed to, then it is refused; a card or a skipped one is fine', async () => {
    const body = { customer_id: who.noConsent, touch_type: 'birthday', scheduled_date: '2026-06-18' };
    const sms = await w.specialist.post('/api/care_touches').set('Accept-Language', 'zh').send({ ...body, channel: 'sms' }).expect(400);
    expect(sms.body.errors.channel).toContain('未同意接收短信/微信');
    const email = await w.specialist.post('/api/care_touches').set('Accept-Language', 'en').send({ ...body, channel: 'email' }).expect(400);
    expect(email.body.errors.channel).toContain('has not agreed to receive e-mail');
    await w.specialist.post('/api/care_touches').send({ ...body, channel: 'wechat', status: 'skipped' }).expect(201);
    const card = (await w.specialist.post('/api/care_touches').send({ ...body, channel: 'card' }).expect(201)).body;
    await w.specialist.put(`/api/care_touches/${card.id}`).send({ ...card, channel: 'wechat' }).expect(400);
    expect((await w.t.db('care_touches').where({ id: card.id }).first('channel')).channel).toBe('card');
  });
});
