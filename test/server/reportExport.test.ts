import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import { loyaltyWorld, type World } from './loyalty.js';
import { analyticsRoutes } from '../../server/rest/analytics/routes.js';

type Parser = (res: request.Response, done: (err: Error | null, body: unknown) => void) => void;
/** supertest keeps a download's bytes as they are (an xlsx body is not text). */
const binaryParser: Parser = (res, done) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  stream.on('end', () => done(null, Buffer.concat(parts)));
};

/** A report's table exported as shown (issue 8, part 7): POST /api/analytics/export. */
describe('report table export', () => {
  let w: World;
  beforeAll(async () => { w = await loyaltyWorld(); });
  afterAll(async () => w.t.drop());

  it('when a report table is posted, then the XLSX holds its title, headings and rows, numbers as numbers and formulas defused', async () => {
    const table = { title: '投诉分析 · 按类别', columns: ['类别', '投诉数', '及时响应率'], rows: [['服务', 12, 0.75], ['=HYPERLINK("x")', 3, null]] };
    const res = await w.sales.post('/api/analytics/export').send(table).buffer(true).parse(binaryParser).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toMatch(/投诉分析 · 按类别-\d{4}-\d{2}-\d{2}\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('投诉分析 · 按类别');
    expect(sheet.getRow(1).values).toEqual([undefined, '类别', '投诉数', '及时响应率']);
    expect(sheet.getRow(2).values).toEqual([undefined, '服务', 12, 0.75]);
    expect(sheet.getCell('A3').value).toBe('\'=HYPERLINK("x")');
    expect(sheet.getCell('C3').value).toBeNull();
  });

  it.each([
    ['a missing title', { columns: ['a'], rows: [] }, 'title'],
    ['a row wider than the headings', { title: 't', columns: ['a'], rows: [['x'], ['x', 'y']] }, 'rows.1'],
    ['an object in a cell', { title: 't', columns: ['a'], rows: [[{ x: 1 }]] }, 'rows.0.0'],
    ['an unknown field', { title: 't', columns: ['a'], rows: [], sql: 'drop' }, 'sql'],
  ])('when the table has %s, then a 400 names %s', async (_, body, field) => {
    const res = await w.manager.post('/api/analytics/export').send(body).expect(400);
    expect(Object.keys(res.body.errors)).toContain(field);
  });

  it('when no one is signed in, then the export is refused', async () => {
    const { default: supertest } = await import('supertest');
    await supertest(w.app).post('/api/analytics/export').send({ title: 't', columns: ['a'], rows: [] }).expect((r) => expect([401, 403]).toContain(r.status));
  });

  it('when the API document is read, then every report route is described in it', async () => {
    const doc = (await w.manager.get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = analyticsRoutes(w.t.db).stack.flatMap((layer) => {
      const route = layer.route as { path: string; methods?: Record<string, boolean> } | undefined;
      return route ? Object.keys(route.methods ?? {}).map((method) => [`/api${route.path}`, method] as const) : [];
    });
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const [path, method] of routes) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  });
});
