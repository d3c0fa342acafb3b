import type { ImportRowError } from './importApi';
import { toCsv } from './csvText';

/** An empty file whose headers are the field labels, in the user's language: the server matches them back. */
export function templateCsv(labels: readonly string[]): string {
  return toCsv([labels]);
}

export interface ErrorReportHeaders {
  row: string;
  column: string;
  value: string;
  reason: string;
}

/** The validation report as a file the user can fix their spreadsheet from, one line per problem. */
export function errorReportCsv(errors: readonly ImportRowError[], headers: ErrorReportHeaders, columnLabel: (error: ImportRowError) => string): string {
  return toCsv([
    [headers.row, headers.column, headers.value, headers.reason],
    ...errors.map((error) => [error.row, columnLabel(error), error.value, error.reason]),
  ]);
}

/** "客户档案-导入错误.csv" from "客户档案.xlsx"-like parts, without characters a file system refuses. */
export function fileName(...parts: string[]): string {
  return `${parts.filter(Boolean).join('-').replace(/[\\/:*?"<>|]+/g, '_')}.csv`;
}

export function isImportFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

/** 1.7 MB, 820 KB: the size of the file being sent. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
