import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../../server/resources/types.js';
import { dayMonthsBefore } from '../../server/domain/customerAudience.js';
import { countOf, dayFromToday, loyaltyWorld, member, type World } from './loyalty.js';

/**
 * Choosing an event's audience by conditions (issue 6, part 4): the customers list's own filters for a
 * birthday month, a vehicle model and "not visited for N months", alone, with the plain field filters
 * (tier, region, lifecycle stage, customer type) and as a saved segment; bad values refused with the filter's
 * name; and an invitation by such a filter, in one transaction.
 */
describe('event audience filters', () => {
  let w: World;
  let db: World['t']['db'];
  const c: Record<string, number> = {};
  let mine: number[];

  const json = (v: unknown) => JSON.stringify(v);
  /** ids the customers list answers for `filter`, narrowed to this test's customers */
  const listed = async (filter: Row, api = w.specialist): Promise<number[]> => {
    const res = await api.get('/api/customers').query({ filter: json({ ...filter, id: mine }), range: '[0,999]' }).expect(200);
    return (res.body as Row[]).map((r) => Number(r.id)).sort((x, y) => x - y);
  };
  const ids = (...names: string[]) => names.map((n) => c[n]).sort((x, y) => x - y);
  let vin = 0;
  const vehicle = async (customerId: number, model: string) => {
    vin += 1;
    await w.admin.post('/api/vehicles').send({ customer_id: customerId, model, vin: `LAUD${String(vin).padStart(13, '0')}` }).expect(201);
  };

  beforeAll(async () => {
    w = await loyaltyWorld();
    db = w.t.db;
    const spec: [string, Row][] = [
      ['march', { birthday: '1985-03-09', region: 'chaoyang', customer_type: 'owner', lifecycle_stage: 'mature', consent_sms: true }],
      ['march31', { birthday: '1990-03-31', region: 'haidian', customer_type: 'owner', lifecycle_stage: 'growing', consent_sms: true }],
      ['april', { birthday: '1979-04-01', region: 'chaoyang', customer_type: 'prospect', lifecycle_stage: 'potential', consent_sms: true }],
      ['december', { birthday: '2000-12-25', region: 'haidian', customer_type: 'fleet', lifecycle_stage: 'mature', consent_sms: false }],
      ['nobirthday', { region: 'chaoyang', customer_type: 'owner', lifecycle_stage: 'churned', consent_sms: true }],
    ];
    for (const [name, extra] of spec) c[name] = await member(w, name === 'december' ? 'gold' : 'regular', { name: `条件${name}`, ...extra });
    mine = Object.values(c).sort((x, y) => x - y);
    await vehicle(c.march, 'sedan_a');
    await vehicle(c.march, 'suv_mid');
    await vehicle(c.april, 'suv_mid');
    await vehicle(c.december, 'mpv');
    // last visits: recent, two months ago, a year ago, never (nobirthday, april)
    await db('customers').where({ id: c.march }).update({ last_visit_date: dayFromToday(-10) });
    await db('customers').where({ id: c.march31 }).update({ last_visit_date: dayFromToday(-62) });
    await db('customers').where({ id: c.december }).update({ last_visit_date: dayFromToday(-370) });
  });
  afterAll(async () => w.t.drop());

  describe('birthday month', () => {
    it('when one month or a list of months is asked, then those born in them are listed, whatever the year or day', async () => {
      expect(await listed({ birthday_month: 3 })).toEqual(ids('march', 'march31'));
      expect(await listed({ birthday_month: '4' })).toEqual(ids('april'));
      expect(await listed({ birthday_month: [4, 12] })).toEqual(ids('april', 'december'));
      expect(await listed({ birthday_month: [6] })).toEqual([]);
    });
    it('when the month is not 1–12, then 400 names birthday_month', async () => {
      for (const bad of [0, 13, 2.5, 'march', [3, 'x'], []]) {
        const res = await w.specialist.get('/api/customers').query({ filter: json({ birthday_month: bad }) }).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['birthday_month']);
      }
    });
  });

  describe('vehicle model', () => {
    it('when a model or several are asked, then owners of a vehicle of any of them are listed once each', async () => {
      expect(await listed({ vehicle_model: 'suv_mid' })).toEqual(ids('march', 'april'));
      expect(await listed({ vehicle_model: ['sedan_a', 'suv_mid', 'mpv'] })).toEqual(ids('march', 'april', 'december'));
      expect(await listed({ vehicle_model: ['pickup'] })).toEqual([]);
    });
    it('when the model is not a code, then 400 names vehicle_model', async () => {
      for (const bad of [['suv mid; drop'], [], [12]]) {
        const res = await w.specialist.get('/api/customers').query({ filter: json({ vehicle_model: bad }) }).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['vehicle_model']);
      }
    });
  });

  describe('not visited for N months', () => {
    it('when N months are asked, then those whose last visit is older, or who never came, are listed', async () => {
      expect(await listed({ not_visited_months: 1 })).toEqual(ids('march31', 'april', 'december', 'nobirthday'));
      expect(await listed({ not_visited_months: '6' })).toEqual(ids('april', 'december', 'nobirthday'));
      expect(await listed({ not_visited_months: 24 })).toEqual(ids('april', 'nobirthday'));
    });
    it('when N is not a whole number from 1 to 120, then 400 names not_visited_months', async () => {
      for (const bad of [0, -3, 1.5, 121, 'half a year', [3]]) {
        const res = await w.specialist.get('/api/customers').query({ filter: json({ not_visited_months: bad }) }).expect(400);
        expect(Object.keys(res.body.errors)).toEqual(['not_visited_months']);
      }
    });
    it('when months are counted back, then a 31st falls back to the shorter month’s last day', () => {
      expect(dayMonthsBefore(1, new Date('2026-03-31T08:00:00Z'))).toBe('2026-02-28');
      expect(dayMonthsBefore(14, new Date('2026-01-15T08:00:00Z'))).toBe('2024-11-15');
    });
  });

  describe('together with the plain filters', () => {
    it('when conditions are combined, then all of them hold (tier, region, stage, type are lists)', async () => {
      expect(await listed({ region: ['chaoyang'], customer_type: ['owner', 'prospect'], vehicle_model: ['suv_mid'] })).toEqual(ids('march', 'april'));
      expect(await listed({ birthday_month: [3, 12], lifecycle_stage: ['mature'] })).toEqual(ids('march', 'december'));
      expect(await listed({ tier_id: [w.tier.gold], not_visited_months: 6 })).toEqual(ids('december'));
      const res = await w.specialist.get('/api/customers').query({ filter: json({ birthday_month: [3], id: mine }), range: '[0,0]' }).expect(200);
      expect(res.headers['content-range']).toMatch(/\/2$/);
    });
    it('when such a filter is saved as a segment, then the segment lists the same customers', async () => {
      const filter = { birthday_month: [3, 4], vehicle_model: ['suv_mid'], id: mine };
      const segment = (await w.specialist.post('/api/segments').send({ name: '三四月生日的探陆车主', filter }).expect(201)).body;
      const saved = typeof segment.filter === 'string' ? JSON.parse(segment.filter) : segment.filter;
      expect(await listed(saved)).toEqual(ids('march', 'april'));
    });
  });

  describe('inviting by conditions', () => {
    const writes = async () => ({
      participants: await countOf(db, 'event_participants'), touches: await countOf(db, 'care_touches'),
      audit: await countOf(db, 'audit_log'), runs: await countOf(db, 'event_invitation_runs'),
    });
    let eventId: number;
    beforeAll(async () => {
      const body = { title: '探陆车主春季自驾游', event_type: 'themed_day', start_at: '2026-12-05T02:00:00.000Z', end_at: '2026-12-05T06:00:00.000Z', place: '展厅', status: 'planned' };
      eventId = (await w.manager.post('/api/events').send(body).expect(201)).body.id;
    });
    const invite = (body: Row) => w.specialist.post(`/api/events/${eventId}/invite`).send(body);

    it('when a condition is bad, then 400 names it and nothing is written', async () => {
      const before = await writes();
      const res = await invite({ channel: 'sms', filter: { birthday_month: [13], id: mine } }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['birthday_month']);
      expect(await writes()).toEqual(before);
    });

    it('when the audience is a filter, then the dry run counts it and the invitation writes exactly that many, in one run', async () => {
      const filter = { vehicle_model: ['sedan_a', 'suv_mid', 'mpv'], id: mine };
      const matched = (await listed(filter)).length;
      const before = await writes();
      const dry = (await invite({ channel: 'sms', filter, dry_run: true }).expect(200)).body;
      // december has no SMS consent
      expect(dry).toMatchObject({ matched, excluded: { already_invited: 0, no_consent: 1, household: 0, quota: 0 }, invited: 2, waitlisted: 0 });
      expect(await writes()).toEqual(before);

      const res = (await invite({ channel: 'sms', filter }).expect(200)).body;
      const excluded = Object.values(res.excluded as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(res.invited + res.waitlisted).toBe(matched - excluded);
      expect({ ...res, batch_id: null, dry_run: true }).toEqual(dry);
      const invited = (await db('event_participants').where({ event_id: eventId }).pluck('customer_id')).map(Number).sort((x, y) => x - y);
      expect(invited).toEqual(ids('march', 'april'));
      const run = await db('event_invitation_runs').where({ event_id: eventId }).first();
      expect(typeof run.filter === 'string' ? JSON.parse(run.filter) : run.filter).toEqual(filter);
      expect(await countOf(db, 'audit_log', { batch_id: res.batch_id })).toBe(2);
      expect(await writes()).toEqual({ ...before, participants: before.participants + 2, touches: before.touches + 2, audit: before.audit + 2, runs: before.runs + 1 });

      // asked again, everyone counted is already invited
      const again = (await invite({ channel: 'sms', filter, dry_run: true }).expect(200)).body;
      expect(again).toMatchObject({ matched, excluded: { already_invited: 2, no_consent: 1 }, invited: 0, waitlisted: 0 });
    });
  });
});
