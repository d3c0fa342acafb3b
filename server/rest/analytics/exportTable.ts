import type { Response } from 'express';
import { columnWidths, parseReportTable } from '../../domain/analytics/reportTable.js';
import { localToday } from '../export/columns.js';
import { defuse, xlsxWriter } from '../export/writers.js';

/** RFC 5987 value: percent-encoded UTF-8, with the characters encodeURIComponent leaves but the header may not hold. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `投诉分析-2026-11-24.xlsx` for browsers, `report-2026-11-24.xlsx` for the rest. */
function disposition(title: string): string {
  const day = localToday();
  const name = title.replace(/[\\/:*?"<>|\r\n]/g, ' ').trim();
  return `attachment; filename="report-${day}.xlsx"; filename*=UTF-8''${rfc5987(`${name}-${day}.xlsx`)}`;
}

/** Checks the table (a 400 before a byte is sent) and writes it as a one-sheet workbook named after the report. */
export async function sendReportTable(body: unknown, res: Response): Promise<void> {
  const table = parseReportTable(body);
  const writer = xlsxWriter(res, table.title);
  res.set('Content-Type', writer.contentType);
  res.set('Content-Disposition', disposition(table.title));
  res.set('Access-Control-Expose-Headers', 'Content-Disposition');
  await writer.header(table.columns, columnWidths(table));
  await writer.rows(table.rows.map((r) => r.map(defuse)));
  await writer.end();
}
