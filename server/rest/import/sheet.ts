import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.js';
import { reason, type Reason } from '../reasons.js';

/** One cell as read: text from CSV; text, number, boolean or date from XLSX. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** the row number as the user sees it in Excel (the header is usually row 1) */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  headers: string[];
  rows: AsyncIterable<SheetRow>;
}

const MAX_COLUMNS = 500;

const badFile = (r: Reason) => new AppError(400, 'bad_file', { file: r });

async function head(file: string, bytes: number): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Opens the first worksheet of an XLSX file or a CSV file (told apart by content, not by name). */
export async function openSheet(file: string, filename: string): Promise<Sheet> {
  const start = await head(file, 64 * 1024);
  if (start.length === 0) throw badFile(reason('empty_file'));
  if (start.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return openXlsx(file);
  if (start.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw badFile(reason('old_xls'));
  if (/\.xlsx$/i.test(filename)) throw badFile(reason('bad_xlsx'));
  return openCsv(file, start);
}

async function withHeader(rows: AsyncIterator<SheetRow>): Promise<Sheet> {
  const first = await rows.next();
  if (first.done) throw badFile(reason('empty_file'));
  const headers = first.value.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c ?? '').trim()));
  if (headers.length > MAX_COLUMNS) throw badFile(reason('too_many_columns', { max: MAX_COLUMNS }));
  return { headers, rows: { [Symbol.asyncIterator]: () => rows } };
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

// ---- CSV ----

/** Excel saves CSV as UTF-8 (with a BOM), as UTF-16 ("Unicode text") or, in Chinese Windows, as GBK. */
async function detectEncoding(file: string, start: Buffer): Promise<string> {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf8';
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf16be';
  // text has no NUL bytes; a binary file (an image, a zip renamed .csv) does
  if (start.includes(0)) throw badFile(reason('bad_encoding'));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let utf8 = true;
  await pipeline(
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 }),
    new Writable({
      write(chunk: Buffer, _enc, done) {
        if (utf8) {
          try {
            decoder.decode(chunk, { stream: true });
          } catch {
            utf8 = false;
          }
        }
        done();
      },
    }),
  );
  if (utf8) {
    try {
      decoder.decode();
    } catch {
      utf8 = false;
    }
  }
  return utf8 ? 'utf8' : 'gb18030';
}

/** The delimiter Excel used: comma, or tab for "Unicode text", or semicolon in some locales. */
function detectDelimiter(firstLine: string): string {
  const counts = [',', '\t', ';'].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 1 ? counts[0][0] : ',';
}

function notText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd || c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  }
  return false;
}

async function openCsv(file: string, start: Buffer): Promise<Sheet> {
  const encoding = await detectEncoding(file, start);
  const sample = iconv.decode(start, encoding);
  const firstLine = sample.split(/\r?\n/, 1)[0] ?? '';
  // GB18030 decodes nearly any bytes; what is not text shows as replacement or control characters
  if (notText(sample.slice(0, 4096))) throw badFile(reason('bad_encoding'));
  const delimiter = detectDelimiter(firstLine);

  async function* records(): AsyncGenerator<SheetRow> {
    const parser = parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: 1024 * 1024 });
    const bytes = fs.createReadStream(file);
    const source = bytes.pipe(iconv.decodeStream(encoding));
    bytes.on('error', (err: Error) => parser.destroy(err));
    source.on('error', (err: Error) => parser.destroy(err));
    source.pipe(parser);
    let row = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        row++;
        if (isBlank(record)) continue;
        yield { row, cells: record };
      }
    } catch (err) {
      const line = (err as { lines?: number }).lines ?? row + 1;
      throw badFile(reason('malformed_csv', { line }));
    } finally {
      bytes.destroy();
    }
  }
  return withHeader(records());
}

// ---- XLSX ----

type XlsxValue = ExcelJS.CellValue;

function cellOf(v: XlsxValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellOf((v.result ?? null) as XlsxValue);
  if ('text' in v) return typeof v.text === 'string' ? v.text : cellOf(v.text as XlsxValue);
  if ('error' in v) return null;
  return null;
}

async function openXlsx(file: string): Promise<Sheet> {
  async function* records(): AsyncGenerator<SheetRow> {
    try {
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
      });
      for await (const worksheet of workbook) {
        for await (const row of worksheet) {
          const values = row.values as XlsxValue[];
          const cells: Cell[] = [];
          for (let i = 1; i < values.length && i <= MAX_COLUMNS + 1; i++) cells.push(cellOf(values[i]));
          if (isBlank(cells)) continue;
          yield { row: row.number, cells };
        }
        return; // the first worksheet only
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw badFile(reason('bad_xlsx'));
    }
  }
  return withHeader(records());
}
