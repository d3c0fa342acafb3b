import type { Writable } from 'node:stream';
import type { Cell } from './columns.js';
import { ZipWriter } from './zip.js';

/**
 * A one-sheet XLSX workbook written as it goes: the sheet's XML is produced row by row into a streamed ZIP
 * entry, strings inline (no shared-string table to hold), one bold style for the header row, the header
 * frozen. exceljs' streaming writer did the same in 4–6 times the time and memory for 100,000 rows.
 */

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
  + '</Types>';

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL}">`
  + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL}">`
  + `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
  + `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

/** Style 0: plain; style 1: bold (the header row). */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}">`
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

// markup to escape, and characters XML 1.0 cannot hold at all (dropped)
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const SPECIALS = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xmlText(s: string): string {
  // most values need nothing: test before building a new string
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c] ?? '') : s;
}

/** 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's limits for a sheet name: at most 31 characters, none of []:*?/\ . */
export function sheetNameOf(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet1';
}

export class XlsxStream {
  private readonly zip: ZipWriter;
  private sheet: ReturnType<ZipWriter['stream']> | null = null;
  private letters: string[] = [];
  private rowNumber = 0;

  constructor(out: Writable, private readonly sheetName: string) {
    this.zip = new ZipWriter(out);
  }

  private rowXml(cells: readonly Cell[], style: string): string {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (v === null) continue;
      const ref = `${this.letters[i]}${r}`;
      if (typeof v === 'number') xml += `<c r="${ref}"${style}><v>${v}</v></c>`;
      else {
        const space = v !== v.trim() ? ' xml:space="preserve"' : '';
        xml += `<c r="${ref}" t="inlineStr"${style}><is><t${space}>${xmlText(v)}</t></is></c>`;
      }
    }
    return `${xml}</row>`;
  }

  /** Writes the fixed parts and opens the sheet with its header row (bold, frozen) and column widths. */
  async header(labels: readonly string[], widths: readonly number[]): Promise<void> {
    this.letters = labels.map((_, i) => columnName(i));
    this.zip.add('[Content_Types].xml', CONTENT_TYPES);
    this.zip.add('_rels/.rels', ROOT_RELS);
    this.zip.add('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>`
      + `<sheet name="${xmlText(sheetNameOf(this.sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    this.zip.add('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
    this.zip.add('xl/styles.xml', STYLES);
    this.sheet = this.zip.stream('xl/worksheets/sheet1.xml');
    const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    await this.sheet.write(`${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`
      + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      + `<cols>${cols}</cols><sheetData>${this.rowXml(labels, ' s="1"')}`);
  }

  async rows(rows: readonly (readonly Cell[])[]): Promise<void> {
    let xml = '';
    for (const r of rows) xml += this.rowXml(r, '');
    await this.sheet?.write(xml);
  }

  async end(): Promise<void> {
    await this.sheet?.write('</sheetData></worksheet>');
    await this.sheet?.end();
    this.zip.finish();
  }
}
