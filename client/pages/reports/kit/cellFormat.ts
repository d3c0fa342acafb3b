import { formatInteger, formatMoney } from '../../../i18n/formats';
import { formatPercent } from '../../dashboard/kpiFormat';

/** How a report column's values read: text as is, counts, shares (0–1), money (yuan), decimals, hours. */
export type CellKind = 'text' | 'int' | 'percent' | 'money' | 'decimal' | 'hours';

export type CellValue = string | number | null;

/** A value as shown on screen; "–" for nothing. */
export function showCell(value: CellValue, kind: CellKind): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'int': return formatInteger(value);
    case 'percent': return formatPercent(value);
    case 'money': return formatMoney(value);
    case 'decimal': return (Math.round(value * 100) / 100).toString();
    case 'hours': return (Math.round(value * 10) / 10).toString();
    default: return String(value);
  }
}

/**
 * A value as written to the exported sheet: numbers stay numbers so the sheet can sum and chart them; a share
 * becomes a percentage (75.5 for 0.755, its heading marked "%") as readers of the screen saw it.
 */
export function fileCell(value: CellValue, kind: CellKind): CellValue {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return null;
  if (kind === 'percent') return Math.round(value * 1000) / 10;
  if (kind === 'money' || kind === 'decimal') return Math.round(value * 100) / 100;
  return value;
}

/** The heading in the file: a share's column says it holds percentages. */
export function fileHeading(label: string, kind: CellKind): string {
  return kind === 'percent' && !/%|％/.test(label) ? `${label} (%)` : label;
}

/** Right-aligned: every number. */
export const isNumeric = (kind: CellKind): boolean => kind !== 'text';
