import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { freshDb, type TestDb } from '../testDb.js';
import { agentOf } from './actors.js';

type Agent = Awaited<ReturnType<typeof agentOf>>;
interface Report {
  dryRun: boolean; total: number; valid: number; invalid: number; created: number; updated: number; skipped: number;
  columns: { header: string; field: string | null; matchedBy: string | null }[];
  missingRequired: string[];
  errors: { row: number; column: string | null; field: string | null; value: string | null; reason: string }[];
  errorCount: number;
  preview: Record<string, unknown>[];
  duplicatesInFile: { row: number; key: string; firstRow: number }[];
  batchId: string | null;
}

const BOM = '\ufeff';
const csv = (lines: string[]) => lines.join('\r\n') + '\r\n';
const count = async (t: TestDb, table: string, where: Record<string, unknown> = {}) =>
  Number((await t.db(table).where(where).count({ n: '*' }).first())?.n);

describe('importing CSV and XLSX', () => {
  let t: TestDb;
  let app: Express;
  let manager: Agent;
  let specialist: Agent;
  let admin: Agent;
  let ownerId: number;

  beforeAll(async () => {
    t = await freshDb();
    app = createApp(t.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
    manager = await agentOf(app, t.db, 'cs_manager', 'import.manager');
    specialist = await agentOf(app, t.db, 'cs_specialist', 'import.specialist');
    admin = await agentOf(app, t.db, 'admin', 'import.admin');
    const stamp = new Date().toISOString();
    const [row] = await t.db('users').insert({ username: 'li.na', name: '李娜', role: 'sales_consultant', active: true, created_at: stamp, updated_at: stamp, version: 1 }, ['id']);
    ownerId = Number((row as { id: number }).id);
  });
  afterAll(async () => t.drop());

  const post = (agent: Agent, resource: string, file: Buffer | string, name: string, fields: Record<string, string> = {}, lang = 'zh-CN') => {
    let req = agent.post(`/api/${resource}/import`).set('Accept-Language', lang).attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'), name);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    return req;
  };

  const customersCsv = BOM + csv([
    '姓名,联系电话,性别,区县,会员等级,销售顾问,生日,客户类型,同意接收短信',
    '王小明,13811110001,男,朝阳区,金卡,李娜,1985/3/7,保有客户,是',
    '赵丽,13811110002,female,haidian,gold,li.na,1990-12-01,owner,否',
    '孙坏日期,13811110003,男,朝阳区,普通卡,,1990-13-45,意向客户,',
    '钱未知区,13811110004,男,火星区,普通卡,,,意向客户,',
    '周枚举,13811110005,不男不女,朝阳区,普通卡,,,意向客户,',
  ]);

  it('when a UTF-8 CSV with a BOM and Chinese headers is dry-run, then columns are matched, rows checked, and nothing is written', async () => {
    const before = await count(t, 'customers');
    const res = await post(manager, 'customers', customersCsv, 'customers.csv');
    expect(res.status).toBe(200);
    const report = res.body as Report;
    expect(report).toMatchObject({ dryRun: true, total: 5, valid: 2, invalid: 3, created: 2, updated: 0, skipped: 0, missingRequired: [], batchId: null });
    expect(report.columns.map((c) => c.field)).toEqual(['name', 'phone', 'gender', 'region', 'tier_id', 'owner_id', 'birthday', 'customer_type', 'consent_sms']);
    expect(report.columns[0]).toEqual({ header: '姓名', field: 'name', matchedBy: 'label_zh' });
    expect(report.preview[0]).toMatchObject({ name: '王小明', phone: '13811110001', gender: 'male', region: 'chaoyang', owner_id: ownerId, birthday: '1985-03-07', customer_type: 'owner', consent_sms: true });
    expect(report.preview[1]).toMatchObject({ gender: 'female', region: 'haidian', owner_id: ownerId, consent_sms: false });
    expect(report.preview[0].tier_id).toBe(report.preview[1].tier_id);
    // rows as Excel shows them: the header is row 1
    expect(report.errors).toEqual([
      { row: 4, column: '生日', field: 'birthday', value: '1990-13-45', reason: '必须是日期（年-月-日）' },
      { row: 5, column: '区县', field: 'region', value: '火星区', reason: '“火星区”不在区县字典中' },
      expect.objectContaining({ row: 6, column: '性别', field: 'gender', value: '不男不女' }),
    ]);
    expect(report.errors[2].reason).toContain('男/male');
    expect(await count(t, 'customers')).toBe(before);
  });

  it('when the same file is committed, then only the valid rows are written, each audited under one batch id', async () => {
    const res = await post(manager, 'customers', customersCsv, 'customers.csv', { dryRun: 'false' }).expect(200);
    const report = res.body as Report;
    expect(report).toMatchObject({ dryRun: false, total: 5, valid: 2, invalid: 3, created: 2 });
    expect(report.batchId).toMatch(/^import-/);
    const rows = await t.db('customers').whereIn('phone', ['13811110001', '13811110002', '13811110003']).orderBy('phone');
    expect(rows.map((r) => r.name)).toEqual(['王小明', '赵丽']);
    expect(rows[0]).toMatchObject({ region: 'chaoyang', owner_id: ownerId, customer_type: 'owner', lifecycle_stage: 'potential', version: 1 });
    // found by search like any record
    const found = await manager.get('/api/customers').query({ filter: JSON.stringify({ q: 'wangxiaoming' }) }).expect(200);
    expect(found.body.map((c: { name: string }) => c.name)).toContain('王小明');
    const audit = await t.db('audit_log').where({ batch_id: report.batchId });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ action: 'create', resource: 'customers', username: 'import.manager' });
    const changes = typeof audit[0].changes === 'string' ? JSON.parse(audit[0].changes) : audit[0].changes;
    expect(changes.name).toEqual({ from: null, to: audit[0].record_title });
  });

  it('when a CSV was saved by Chinese Excel in GBK, then its Chinese text is read correctly', async () => {
    const text = csv(['姓名,手机,区县,客户类型', '钱国强,13822220001,海淀区,意向客户', '欧阳娜娜,13822220002,西城区,集团客户']);
    const res = await post(manager, 'customers', iconv.encode(text, 'gbk'), 'gbk.csv', { dryRun: 'false' }).expect(200);
    expect(res.body).toMatchObject({ total: 2, created: 2, invalid: 0 });
    expect((res.body as Report).columns[1]).toEqual({ header: '手机', field: 'phone', matchedBy: 'synonym' });
    const rows = await t.db('customers').whereIn('phone', ['13822220001', '13822220002']).orderBy('phone');
    expect(rows.map((r) => [r.name, r.region, r.customer_type])).toEqual([['钱国强', 'haidian', 'prospect'], ['欧阳娜娜', 'xicheng', 'fleet']]);
  });

  it('when an XLSX workbook is imported, then date and number cells are read as dates and text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['Name', 'Phone', 'Birthday', 'Tier', 'Staff count', 'Tags']);
    ws.addRow(['Excel Li', 13833330001, new Date(Date.UTC(1979, 4, 6)), 'Silver', '1,200', '车友会，老客户']);
    ws.addRow(['Excel Zhang', '13833330002', 36526, '钻石卡', 3, '']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await post(admin, 'customers', file, 'customers.xlsx', { dryRun: 'false' }, 'en').expect(200);
    expect(res.body).toMatchObject({ total: 2, created: 2, invalid: 0 });
    expect((res.body as Report).columns.map((c) => c.matchedBy)).toEqual(['name', 'name', 'name', 'label_en', 'name', 'name']);
    const rows = await t.db('customers').whereIn('phone', ['13833330001', '13833330002']).orderBy('phone');
    const tiers = await t.db('tiers').select('id', 'code');
    const tierId = (code: string) => tiers.find((x) => x.code === code)?.id;
    expect(rows.map((r) => [r.name, String(r.birthday).slice(0, 10), r.tier_id, r.staff_count])).toEqual([
      ['Excel Li', '1979-05-06', tierId('silver'), 1200],
      ['Excel Zhang', '2000-01-01', tierId('diamond'), 3],
    ]);
    const tags = typeof rows[0].tags === 'string' ? JSON.parse(rows[0].tags) : rows[0].tags;
    expect(tags).toEqual(['车友会', '老客户']);
  });

  it('when a mapping is given, then it names the fields of headers the server could not guess', async () => {
    const file = csv(['col A,col B,ignored', '映射客户,13844440001,x']);
    const res = await post(manager, 'customers', file, 'm.csv', { mapping: JSON.stringify({ 'col A': 'name', 'col B': 'phone', ignored: null }) }).expect(200);
    expect((res.body as Report).columns).toEqual([
      { header: 'col A', field: 'name', matchedBy: 'mapping' },
      { header: 'col B', field: 'phone', matchedBy: 'mapping' },
      { header: 'ignored', field: null, matchedBy: null },
    ]);
    expect(res.body).toMatchObject({ valid: 1, created: 1 });
    await post(manager, 'customers', file, 'm.csv', { mapping: JSON.stringify({ 'col A': 'points_balance' }) }).expect(400);
    await post(manager, 'customers', file, 'm.csv', { mapping: '{not json' }).expect(400);
  });

  describe('when a row has the phone of an existing customer', () => {
    let id: number;
    const file = csv(['姓名,联系电话,备注', '新名字,13900000001,导入的备注', '全新客户,13900000002,']);
    beforeAll(async () => {
      id = (await manager.post('/api/customers').send({ name: '旧名字', phone: '13900000001', notes: '原备注', email: 'old@example.com' }).expect(201)).body.id;
    });

    it('then "skip" leaves it as it was', async () => {
      const res = await post(manager, 'customers', file, 'd.csv', { dryRun: 'false', duplicates: 'skip' }).expect(200);
      expect(res.body).toMatchObject({ valid: 2, created: 1, skipped: 1, updated: 0 });
      expect((await t.db('customers').where({ id }).first()).name).toBe('旧名字');
    });

    it('then "update" changes the filled columns only, with an audited update', async () => {
      const res = await post(manager, 'customers', csv(['姓名,联系电话,电子邮箱', '新名字,13900000001,']), 'd.csv', { dryRun: 'false', duplicates: 'update' }).expect(200);
      expect(res.body).toMatchObject({ valid: 1, updated: 1, created: 0 });
      const row = await t.db('customers').where({ id }).first();
      expect(row).toMatchObject({ name: '新名字', email: 'old@example.com', notes: '原备注', version: 2 });
      const audit = await t.db('audit_log').where({ batch_id: res.body.batchId });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'update', record_id: id });
      const changes = typeof audit[0].changes === 'string' ? JSON.parse(audit[0].changes) : audit[0].changes;
      expect(changes).toEqual({ name: { from: '旧名字', to: '新名字' } });
    });

    it('then "create" adds another customer with the same phone', async () => {
      const res = await post(manager, 'customers', csv(['姓名,联系电话', '同号客户,13900000001']), 'd.csv', { dryRun: 'false', duplicates: 'create' }).expect(200);
      expect(res.body).toMatchObject({ created: 1 });
      expect(await count(t, 'customers', { phone: '13900000001' })).toBe(2);
    });

    it('then a role without update rights may not choose "update", and a bad choice is refused', async () => {
      await post(manager, 'customers', file, 'd.csv', { duplicates: 'merge' }).expect(400);
    });
  });

  it('when the file repeats a phone, then the later row is reported and not written', async () => {
    const file = csv(['姓名,联系电话', '甲,13955550001', '乙,13955550002', '丙,13955550001']);
    const res = await post(manager, 'customers', file, 'dup.csv', { dryRun: 'false' }).expect(200);
    expect(res.body).toMatchObject({ total: 3, valid: 2, invalid: 1, created: 2 });
    expect((res.body as Report).duplicatesInFile).toEqual([{ row: 4, key: '13955550001', firstRow: 2 }]);
    expect((res.body as Report).errors[0]).toMatchObject({ row: 4, column: '联系电话', field: 'phone', reason: '“13955550001”与本文件第 2 行重复' });
    expect(await count(t, 'customers', { phone: '13955550001' })).toBe(1);
  });

  it('when a required column is missing, then 400 names it and nothing else is done', async () => {
    const res = await post(manager, 'customers', csv(['联系电话,区县', '13966660001,朝阳区']), 'x.csv', { dryRun: 'false' }, 'en').expect(400);
    expect(res.body.missingRequired).toEqual(['name']);
    expect(res.body.message).toContain('Required columns are missing');
    expect(res.body.columns).toHaveLength(2);
    expect(await count(t, 'customers', { phone: '13966660001' })).toBe(0);
  });

  it('when the file is malformed, empty, binary or not the workbook it claims to be, then 400 says so', async () => {
    const bad = await post(manager, 'customers', '姓名,联系电话\n"未闭合,1390000\n', 'bad.csv', {}, 'en').expect(400);
    expect(bad.body.errors.file).toMatch(/not well-formed CSV/);
    await post(manager, 'customers', '', 'empty.csv').expect(400);
    const binary = await post(manager, 'customers', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'image.csv', {}, 'en').expect(400);
    expect(binary.body.errors.file).toMatch(/UTF-8 or GB18030/);
    await post(manager, 'customers', 'not a zip', 'fake.xlsx').expect(400);
    await post(manager, 'customers', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.xlsx').expect(400);
    await manager.post('/api/customers/import').send({ name: 'x' }).expect(400);
  });

  it('when a specialist or a sales consultant imports, then 403; a manager may; a resource without import is refused', async () => {
    const file = csv(['姓名', '权限测试']);
    await post(specialist, 'customers', file, 'r.csv').expect(403);
    const sales = await agentOf(app, t.db, 'sales_consultant', 'import.sales');
    await post(sales, 'customers', file, 'r.csv').expect(403);
    await post(manager, 'customers', file, 'r.csv').expect(200);
    await post(manager, 'complaints', file, 'r.csv').expect(400);
    // lookups are imported by admins only (they alone create them)
    await post(manager, 'lookups', csv(['type,code,label_zh,label_en', 'region,x,某区,X']), 'l.csv').expect(403);
  });

  it('when vehicles name their customer and model by label, then references resolve; a name shared by two customers is ambiguous', async () => {
    await manager.post('/api/customers').send({ name: '车主甲', phone: '13977770001' }).expect(201);
    await manager.post('/api/customers').send({ name: '重名', phone: '13977770002' }).expect(201);
    await manager.post('/api/customers').send({ name: '重名', phone: '13977770003' }).expect(201);
    const file = csv(['客户,车型,车架号,车牌号,购车日期', '车主甲,轩逸 A级轿车,LVSHCAMB1CE000001,京A00001,2024-5-1', '重名,sedan_a,LVSHCAMB1CE000002,京A00002,', '13977770003,ev,LVSHCAMB1CE000003,京A00003,']);
    const res = await post(manager, 'vehicles', file, 'v.csv', { dryRun: 'false' }).expect(200);
    const report = res.body as Report;
    expect(report.columns.map((c) => c.field)).toEqual(['customer_id', 'model', 'vin', 'plate', 'purchase_date']);
    expect(report).toMatchObject({ created: 2, invalid: 1 });
    expect(report.errors[0]).toMatchObject({ row: 3, field: 'customer_id', value: '重名' });
    // the VIN is unique: "create" for an existing VIN is a refused row
    const again = await post(manager, 'vehicles', file, 'v.csv', { duplicates: 'create' }).expect(200);
    expect(again.body).toMatchObject({ created: 0, invalid: 3 });
  });

  it('when service visits are imported, then they earn points and each customer\'s balance is the sum of their ledger', async () => {
    const c = (await manager.post('/api/customers').send({ name: '积分客户', phone: '13988880001' }).expect(201)).body;
    const file = csv(['客户,进站日期,进站类型,金额', '13988880001,2026-05-01,maintenance,200', '13988880001,2026-06-01,repair,1000', '13988880001,2026-07-01,insurance,5000']);
    const res = await post(manager, 'service_visits', file, 'v.csv', { dryRun: 'false' }, 'en').expect(200);
    expect(res.body).toMatchObject({ created: 3, invalid: 0 });
    // 150 points per 100 yuan of service; insurance earns nothing
    const entries = await t.db('point_entries').where({ customer_id: c.id }).orderBy('id');
    expect(entries.map((e) => [e.reason, Number(e.points), e.source_type])).toEqual([['service', 300, 'service_visits'], ['service', 1500, 'service_visits']]);
    const balance = Number((await t.db('customers').where({ id: c.id }).first()).points_balance);
    expect(balance).toBe(1800);
    expect(balance).toBe(entries.reduce((s, e) => s + Number(e.points), 0));
    // the ledger is written by the server alone: no import
    await post(manager, 'point_entries', csv(['客户,积分,积分原因', '13988880001,100,purchase']), 'p.csv', { dryRun: 'false' }).expect(400);
  });

  it('when writing fails half-way through a commit, then nothing at all is written (one transaction)', async () => {
    const other = await freshDb();
    try {
      const broken = createApp(other.db, { config: loadConfig({ LOG_LEVEL: 'silent' }) });
      const api = await agentOf(broken, other.db, 'cs_manager');
      await other.db.schema.dropTable('audit_log');
      const lines = ['姓名,联系电话'];
      for (let i = 0; i < 1200; i++) lines.push(`客户${i},139${String(i).padStart(8, '0')}`);
      await post(api, 'customers', csv(lines), 'big.csv', { dryRun: 'false' }).expect(500);
      expect(await count(other, 'customers')).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
