import type { Row } from '../../resources/types.js';
import type { ColumnMatch } from './columns.js';

/** What the user asked for when an imported row names a record that already exists (by the duplicate key). */
export type DuplicatePolicy = 'skip' | 'update' | 'create';

export interface RowError {
  /** the row as the user sees it in Excel: the header is row 1 */
  row: number;
  /** the header of the column, or null for a problem of the whole row */
  column: string | null;
  field: string | null;
  value: string | null;
  /** said in the caller's language */
  reason: string;
}

/** The answer of an import, dry run or not. */
export interface ImportReport {
  dryRun: boolean;
  /** data rows read (blank rows are not counted) */
  total: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  skipped: number;
  columns: ColumnMatch[];
  missingRequired: string[];
  /** at most ERROR_LIMIT, in file order; `errorCount` says how many there were */
  errors: RowError[];
  errorCount: number;
  /** the first PREVIEW_ROWS rows as parsed, field → value */
  preview: Row[];
  /** later rows repeating the duplicate key of an earlier one (at most ERROR_LIMIT) */
  duplicatesInFile: { row: number; key: string; firstRow: number }[];
  /** the audit trail's batch id of a committed import */
  batchId: string | null;
}

export const ERROR_LIMIT = 1000;
export const PREVIEW_ROWS = 20;

export function emptyReport(dryRun: boolean, columns: ColumnMatch[], missingRequired: string[]): ImportReport {
  return {
    dryRun, total: 0, valid: 0, invalid: 0, created: 0, updated: 0, skipped: 0, columns, missingRequired,
    errors: [], errorCount: 0, preview: [], duplicatesInFile: [], batchId: null,
  };
}
