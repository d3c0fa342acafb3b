import type { Writable } from 'node:stream';
import type { Cell } from './columns.js';
import { XlsxStream } from './xlsx.js';
import { drained } from './zip.js';

/** Writes a table to a response: a header once, then pages of rows, then the end. */
export interface TableWriter {
  readonly contentType: string;
  readonly extension: 'csv' | 'xlsx';
  header(labels: string[], widths: number[]): Promise<void>;
  rows(rows: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

/**
 * Excel runs a cell that starts with = + - @ as a formula (CSV injection); such text gets a leading
 * apostrophe. Phone numbers like "+86 138…" and negative numbers are left alone.
 */
export function defuse(cell: Cell): Cell {
  if (typeof cell !== 'string' || !/^[=+\-@\t\r]/.test(cell) || /^[+-][\d\s-]*$/.test(cell)) return cell;
  return `'${cell}`;
}

const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV record (RFC 4180), CRLF-terminated as Excel writes it. */
export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = defuse(cells[i]);
    if (i > 0) line += ',';
    if (cell === null) continue;
    const text = typeof cell === 'number' ? String(cell) : cell;
    line += NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }
  return `${line}\r\n`;
}

/**
 * UTF-8 CSV with a byte-order mark, so Excel opens Chinese text correctly. Quoting is done here rather than by
 * csv-stringify: its per-field machinery was a quarter of a 100,000-row export's time.
 */
export function csvWriter(out: Writable): TableWriter {
  const write = async (rows: Cell[][]) => {
    let text = '';
    for (const r of rows) text += csvLine(r);
    out.write(text);
    await drained(out);
  };
  return {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    async header(labels) {
      out.write(BOM);
      await write([labels]);
    },
    rows: write,
    async end() {
      out.end();
    },
  };
}

/** XLSX (see xlsx.ts): bold, frozen header row; widths from the field types. */
export function xlsxWriter(out: Writable, sheetName: string): TableWriter {
  const book = new XlsxStream(out, sheetName);
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    header: (labels, widths) => book.header(labels, widths),
    async rows(rows) {
      await book.rows(rows);
      await drained(out);
    },
    async end() {
      await book.end();
      out.end();
    },
  };
}
