/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it Chinese text turns to mojibake. */
export const BOM = '\uFEFF';

/**
 * A spreadsheet would run a cell starting with = + - @ as a formula; the error report echoes what people typed, so
 * such a cell is written as text. A phone like +86… or a negative number stays as it is.
 */
function defuse(cell: string): string {
  return /^[=@]|^[+-](?![\d.\s]*$)/.test(cell) || /^[\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** RFC 4180 CSV with a BOM and CRLF line ends, as Excel reads it. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return BOM + rows.map((row) => row.map((cell) => quote(defuse(cellText(cell)))).join(',')).join('\r\n') + '\r\n';
}
