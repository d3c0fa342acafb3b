import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createApp } from '../../server/app.js';
import type { Actor } from '../../server/auth/roles.js';
import { resources } from '../../server/resources/index.js';
import type { Row } from '../../server/resources/types.js';
import { exportRows } from '../../server/rest/export/exporter.js';
import type { ExportRequest } from '../../server/rest/export/request.js';
import { CHUNK } from '../../server/rest/export/rows.js';
import { csvWriter } from '../../server/rest/export/writers.js';
import { ResourceService } from '../../server/rest/service.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf, userOf } from './actors.js';
import { json, makeRecord, type Api } from './matrix.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CUSTOMERS = 1_200; // more than the largest list page (1,000) and than two export pages (500 each)
const PASSWORD = 'export-password-1';

type Parser = (res: request.Response, done: (err: Error | null, body: unknown) => void) => void;

/** supertest keeps a download's bytes as they are (an xlsx body is not text); it hands the parser the raw message. */
const binaryParser: Parser = (res, done) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  stream.on('end', () => done(null, Buffer.concat(parts)));
};

type Query = Record<string, string | undefined>;

async function download(api: Api, resource: string, query: Query, expectStatus = 200) {
  const q = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  return api.get(`/api/${resource}/export`).query(q).buffer(true).parse(binaryParser).expect(expectStatus);
}

/** The CSV's rows as arrays of text (the BOM checked and dropped). */
function csvOf(body: Buffer): string[][] {
  expect(body.subarray(0, 3).equals(BOM)).toBe(true);
  return parse(body.subarray(3).toString('utf8'), { relax_column_count: false }) as string[][];
}

async function csv(api: Api, resource: string, query: Query = {}): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const res = await download(api, resource, { format: 'csv', locale: 'zh', ...query });
  const [header, ...rows] = csvOf(res.body as Buffer);
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const pad = (i: number) => String(i).padStart(4, '0');

describe('exporting a list to CSV and XLSX', () => {
  let t: TestDb;
  let app: Express;
  let admin: Api;
  let manager: Api;
  let specialist: Api;
  let salesA: Api;
  let a: Actor;
  let b: Actor;
  let diamond: number;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db);
    a = await userOf(t.db, 'sales_consultant', 'sales.a', PASSWORD);
    admin = await agentOf(app, t.db, 'admin');
    manager = await agentOf(app, t.db, 'cs_manager');
    specialist = await agentOf(app, t.db, 'cs_specialist');
    salesA = await agentOf(app, t.db, 'sales_consultant', 'sales.a');
    b = await userOf(t.db, 'sales_consultant', 'sales.b');
    diamond = Number((await t.db('tiers').where({ code: 'diamond' }).first('id')).id);
    // direct inserts: the service would take minutes for this many
    const rows: Row[] = [];
    for (let i = 1; i <= CUSTOMERS; i++) {
      rows.push({
        name: `客户${pad(i)}`,
        phone: `138${String(i).padStart(8, '0')}`,
        id_number: i % 2 ? `11010519900101${pad(i)}` : null,
        region: i % 2 ? 'chaoyang' : 'haidian',
        customer_type: ['prospect', 'owner', 'fleet'][i % 3],
        owner_id: i % 4 === 0 ? a.id : b.id,
        tier_id: i % 5 === 0 ? diamond : null,
        birthday: i % 7 === 0 ? null : `19${50 + (i % 40)}-0${1 + (i % 9)}-15`,
        opinion_leader: i % 2 === 0,
        consent_sms: false,
        consent_email: false,
        points_balance: i,
        tags: i === 3 ? JSON.stringify(['VIP', '车友会']) : null,
        max_monthly_purchase: i === 3 ? 1234.5 : null,
        notes: i === 3 ? '第一行\n第二行, "引号"' : i === 6 ? '=HYPERLINK("http://evil")' : null,
        created_at: '2026-01-01T02:05:00.000Z',
        updated_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        version: 1,
      });
    }
    for (let i = 0; i < rows.length; i += 100) await t.db('customers').insert(rows.slice(i, i + 100));
  });
  afterAll(async () => t.drop());

  const count = async (where: Row = {}) => Number((await t.db('customers').where(where).count({ n: '*' }).first())?.n);
  const listIds = async (api: Api, sort: [string, string], range: [number, number]) =>
    ((await api.get('/api/customers').query({ sort: json(sort), range: json(range) }).expect(200)).body as Row[]).map((r) => String(r.id));

  it('when an admin exports customers as CSV in Chinese, then every row comes as UTF-8 with BOM, Chinese headers and labels', async () => {
    const res = await download(admin, 'customers', { format: 'csv', locale: 'zh', sort: json(['name', 'ASC']) });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"; /);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('客户档案-')}`);

    const [header, ...rows] = csvOf(res.body as Buffer);
    expect(header.slice(0, 3)).toEqual(['编号', '姓名', '性别']);
    expect(header).toEqual(expect.arrayContaining(['联系电话', '区县', '会员等级', '销售顾问', '标签']));
    expect(header).not.toContain('版本');
    expect(rows).toHaveLength(await count());
    expect(rows.length).toBeGreaterThan(1000);
    const names = rows.map((r) => r[1]);
    expect(names).toEqual([...names].sort());

    const third = Object.fromEntries(header.map((h, i) => [h, rows[2][i]]));
    expect(third).toMatchObject({
      姓名: '客户0003', 区县: '朝阳区', 客户类型: '意向客户（A卡）', 意见领袖: '否', 标签: 'VIP, 车友会',
      销售顾问: 'sales.b', 联系电话: '13800000003', 月最高采购额: '1234.5', 备注: '第一行\n第二行, "引号"',
    });
    const fifth = Object.fromEntries(header.map((h, i) => [h, rows[4][i]]));
    expect(fifth).toMatchObject({ 会员等级: '钻石卡', 意见领袖: '否' });
    const sixth = Object.fromEntries(header.map((h, i) => [h, rows[5][i]]));
    expect(sixth.备注).toBe(`'=HYPERLINK("http://evil")`); // a formula is not run by Excel
  });

  it('when the locale is English, then headers, labels and the file name are English; without it Accept-Language decides', async () => {
    const res = await download(admin, 'customers', { format: 'csv', locale: 'en', sort: json(['name', 'ASC']), columns: json(['name', 'region', 'opinion_leader', 'created_at']) });
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''Customers-");
    const [header, first, second] = csvOf(res.body as Buffer);
    expect(header).toEqual(['Name', 'District', 'Opinion leader', 'Created at']);
    expect(first).toEqual(['客户0001', 'Chaoyang', 'No', '2026-01-01 10:05']);
    expect(second.slice(1, 3)).toEqual(['Haidian', 'Yes']);

    const zh = await admin.get('/api/customers/export').set('Accept-Language', 'zh-CN,zh;q=0.9').query({ columns: json(['name']) })
      .buffer(true).parse(binaryParser).expect(200);
    expect(csvOf(zh.body as Buffer)[0]).toEqual(['姓名']);
  });

  it('when a filter and sort are given, then the file holds exactly the matching rows in that order, not a page', async () => {
    const filter = { region: 'haidian', customer_type: ['owner', 'fleet'] };
    const { rows } = await csv(admin, 'customers', { filter: json(filter), sort: json(['points_balance', 'DESC']), columns: json(['id', 'points_balance', 'region']) });
    const expected = await t.db('customers').where({ region: 'haidian' }).whereIn('customer_type', ['owner', 'fleet']).orderBy('points_balance', 'desc').select('id');
    expect(rows.map((r) => r.编号)).toEqual(expected.map((r: Row) => String(r.id)));
    expect(new Set(rows.map((r) => r.区县))).toEqual(new Set(['海淀区']));
  });

  it('when the sort column has empty values, ties or times, then the file has every row once, in the order the list shows', async () => {
    const sorts: [string, string][] = [['birthday', 'ASC'], ['birthday', 'DESC'], ['region', 'ASC'], ['updated_at', 'DESC'], ['id', 'DESC']];
    for (const sort of sorts) {
      const { rows } = await csv(admin, 'customers', { sort: json(sort), columns: json(['id']) });
      const listed = [...await listIds(admin, sort, [0, 999]), ...await listIds(admin, sort, [1000, 1999])];
      expect(rows.map((r) => r.编号), sort.join(' ')).toEqual(listed);
    }
  });

  it('when exported as XLSX, then the workbook opens with a bold frozen header and every row, numbers as numbers', async () => {
    const res = await download(admin, 'customers', { format: 'xlsx', sort: json(['name', 'ASC']), locale: 'zh' });
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('客户档案-')}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('客户档案');
    expect(sheet.rowCount).toBe(1 + await count());
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 4)).toEqual(['编号', '姓名', '性别']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (label: string) => header.indexOf(label);
    const third = sheet.getRow(4);
    expect(third.getCell(col('姓名')).value).toBe('客户0003');
    expect(third.getCell(col('区县')).value).toBe('朝阳区');
    expect(third.getCell(col('积分余额')).value).toBe(3);
    expect(third.getCell(col('备注')).value).toBe('第一行\n第二行, "引号"');
  });

  it('when a sales consultant exports, then only their own customers come, with phone and ID numbers masked', async () => {
    const { rows } = await csv(salesA, 'customers', { columns: json(['id', 'owner_id', 'phone', 'id_number']) });
    expect(rows).toHaveLength(await count({ owner_id: a.id }));
    expect(new Set(rows.map((r) => r.销售顾问))).toEqual(new Set(['sales.a']));
    for (const r of rows) expect(r.联系电话).toMatch(/^138\*{4}\d{4}$/);
    expect(rows.filter((r) => r.身份证号).every((r) => /^110\*+\d{4}$/.test(r.身份证号))).toBe(true);
  });

  it('when a specialist exports, then phones are whole and ID numbers masked', async () => {
    const { rows } = await csv(specialist, 'customers', { columns: json(['name', 'phone', 'id_number']), sort: json(['name', 'ASC']) });
    expect(rows[0]).toEqual({ 姓名: '客户0001', 联系电话: '13800000001', 身份证号: '110***********0001' });
  });

  it('when the actor may not read the resource, may not use a field or may not read the whole audit trail, then 403 before any file', async () => {
    const noRead = await download(salesA, 'cs_plans', {}, 403);
    expect(noRead.headers['content-type']).toMatch(/json/);
    expect(JSON.parse(String(noRead.body)).message).toBeTruthy();
    await download(salesA, 'customers', { filter: json({ phone: '13800000004' }) }, 403);
    await download(specialist, 'audit_log', {}, 403);
    await download(manager, 'audit_log', {}, 200);
    await request(app).get('/api/customers/export').expect(401);
  });

  it('when the filter, sort, format or columns are malformed, then 400 with the reasons as JSON', async () => {
    const cases: [Query, string][] = [
      [{ filter: '{bad' }, 'filter'],
      [{ filter: json({ nope: 1 }) }, 'nope'],
      [{ sort: json(['nope', 'ASC']) }, 'sort'],
      [{ format: 'pdf' }, 'format'],
      [{ columns: json(['name', 'nope']) }, 'nope'],
      [{ columns: json([]) }, 'columns'],
      [{ columns: 'name' }, 'columns'],
    ];
    for (const [query, field] of cases) {
      const res = await download(admin, 'customers', query, 400);
      expect(Object.keys(JSON.parse(String(res.body)).errors), JSON.stringify(query)).toContain(field);
    }
  });

  it('when columns are named, then only those come, in that order', async () => {
    const { header, rows } = await csv(admin, 'customers', { columns: json(['phone', 'name']), sort: json(['name', 'ASC']) });
    expect(header).toEqual(['联系电话', '姓名']);
    expect(rows[0]).toEqual({ 联系电话: '13800000001', 姓名: '客户0001' });
  });

  it('when vehicles are exported, then the customer is shown by name and the model by its label', async () => {
    const customer = await makeRecord(t.db, 'customers', { name: '车主甲', owner_id: a.id });
    await makeRecord(t.db, 'vehicles', { customer_id: customer.id, model: 'suv_mid', plate: '京A12345' });
    const { rows } = await csv(salesA, 'vehicles', { columns: json(['plate', 'customer_id', 'model']) });
    expect(rows).toEqual([{ 车牌号: '京A12345', 客户: '车主甲', 车型: '探陆 中型SUV' }]);
  });

  it('when an admin exports any resource in either format, then a file with its header row comes back', async () => {
    for (const name of Object.keys(resources)) {
      const { header } = await csv(admin, name, { columns: json(['id']) });
      expect(header, name).toEqual(['编号']);
      const full = await download(admin, name, { format: 'xlsx', locale: 'en' });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(full.body as ExcelJS.Buffer);
      expect(book.worksheets[0].getRow(1).getCell(1).value, name).toBe('ID');
    }
  });

  it('when someone exports, then one audit row records the resource, the filter and the number of rows', async () => {
    const filter = { region: 'chaoyang' };
    const { rows } = await csv(manager, 'customers', { filter: json(filter), columns: json(['id']) });
    const entry = await t.db('audit_log').where({ action: 'export' }).orderBy('id', 'desc').first();
    expect(entry).toMatchObject({ resource: 'customers', record_id: null, username: 'test.cs_manager' });
    const changes = typeof entry.changes === 'string' ? JSON.parse(entry.changes) : entry.changes;
    expect(changes).toEqual({ filter: { from: null, to: filter }, rows: { from: null, to: rows.length } });
  });

  it('when the client stops reading and goes away, then the export stops after the page in flight and still finishes its audit', async () => {
    // a client that never reads: the first page fills the response, the next waits for room that never comes
    const out = new Writable({ highWaterMark: 1024, write: () => undefined });
    let audited = -1;
    const request: ExportRequest = {
      format: 'csv', locale: 'zh', columns: ['id'], filter: {}, query: { sort: ['id', 'ASC'], conditions: [], q: null },
    };
    const exported = exportRows(t.db, new ResourceService(t.db), resources.customers, request, await userOf(t.db, 'admin'), out, {
      start: () => csvWriter(out),
      finish: async (rows) => void (audited = rows),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    out.destroy();
    expect(await exported).toBe(CHUNK);
    expect(audited).toBe(CHUNK);
  });

  it('when signed in with a session cookie, then a plain download link works', async () => {
    const agent = request.agent(app);
    await agent.post('/api/auth/login').send({ username: 'sales.a', password: PASSWORD }).expect(200);
    const res = await agent.get('/api/customers/export').query({ columns: json(['name']) }).buffer(true).parse(binaryParser).expect(200);
    expect(csvOf(res.body as Buffer).length - 1).toBe(await count({ owner_id: a.id }));
  });
});
