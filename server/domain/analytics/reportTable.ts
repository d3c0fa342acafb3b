import { z } from 'zod';
import { badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import { errorsOf } from '../zodReasons.js';

/**
 * A report's table as the reader sees it (issue 8, part 7): its title, column headings and rows, already in the
 * reader's language and order, so the exported file matches the screen. Bounded: a report table is a summary,
 * never a list of every customer (the customers list has its own export).
 */
const cell = z.union([z.string().max(2000), z.number().finite(), z.null()]);
const schema = z.strictObject({
  title: z.string().trim().min(1).max(120),
  columns: z.array(z.string().max(120)).min(1).max(60),
  rows: z.array(z.array(cell).max(60)).max(10_000),
});

export type ReportTable = z.infer<typeof schema>;

/** The body of POST /api/analytics/export, checked; a 400 names the first bad part (`rows.3.2`). */
export function parseReportTable(body: unknown): ReportTable {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const errors: Record<string, Reason> = {};
    errorsOf(parsed.error, '', errors);
    throw badRequest(errors);
  }
  const table = parsed.data;
  const width = table.columns.length;
  const ragged = table.rows.findIndex((r) => r.length > width);
  if (ragged >= 0) throw badRequest({ [`rows.${ragged}`]: reason('too_many_columns', { max: width }) });
  return table;
}

/** Column widths for the sheet: wide enough for the longest text in the column (CJK counted double), 8–48. */
export function columnWidths(table: ReportTable): number[] {
  const len = (v: unknown) => [...String(v ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return table.columns.map((label, i) => Math.min(48, Math.max(8, len(label) + 2, ...table.rows.slice(0, 500).map((r) => len(r[i]) + 2))));
}
