import type { ColumnMatch } from '../../../server/rest/import/columns';
import type { DuplicatePolicy, ImportReport, RowError } from '../../../server/rest/import/report';

/**
 * The import endpoint's answer (POST /api/<resource>/import), for a dry run and a commit alike: the server's own
 * types, so a change of its shape is a compile error here rather than a blank screen.
 */
export type { DuplicatePolicy, ImportReport };
export type ImportColumn = ColumnMatch;
export type ImportRowError = RowError;
export type DuplicateInFile = ImportReport['duplicatesInFile'][number];

export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['skip', 'update', 'create'];

/** header → field, or null for a column left out */
export type ColumnMapping = Record<string, string | null>;

export interface ImportRequest {
  resource: string;
  file: File;
  /** omitted for the first dry run, so the server matches the headers itself */
  mapping?: ColumnMapping;
  duplicates: DuplicatePolicy;
  dryRun: boolean;
}

/** The status of a request the page itself aborted (a newer check replaced it, or the user cancelled). */
export const ABORTED = -1;

/** A refused import: the server's message and status (400 bad file, 403 no right, 413 too large, 0 no answer). */
export class ImportFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

export function importUrl(resource: string): string {
  return `/api/${encodeURIComponent(resource)}/import`;
}

export function importForm(request: ImportRequest): FormData {
  const form = new FormData();
  if (request.mapping) form.append('mapping', JSON.stringify(request.mapping));
  form.append('duplicates', request.duplicates);
  form.append('dryRun', request.dryRun ? 'true' : 'false');
  // last, so a server reading the stream has the options before the file
  form.append('file', request.file, request.file.name);
  return form;
}

/** The failure a finished request stands for, or null when it succeeded. */
export function failureOf(status: number, body: unknown): ImportFailure | null {
  if (status >= 200 && status < 300) return null;
  const message =
    body !== null && typeof body === 'object' && 'message' in body && typeof body.message === 'string' ? body.message : '';
  return new ImportFailure(message, status, body);
}

/**
 * The server refuses a file whose columns leave a required field unfilled (400), yet says how it matched the
 * columns: that is all the mapping step needs, so such a refusal becomes an empty report to fix the mapping on.
 */
export function reportOfMissingColumns(failure: ImportFailure, dryRun: boolean): ImportReport | null {
  const body = failure.body;
  if (failure.status !== 400 || body === null || typeof body !== 'object') return null;
  if (!('columns' in body && Array.isArray(body.columns) && 'missingRequired' in body && Array.isArray(body.missingRequired))) return null;
  return {
    dryRun, total: 0, valid: 0, invalid: 0, created: 0, updated: 0, skipped: 0,
    columns: body.columns as ImportColumn[], missingRequired: body.missingRequired as string[],
    errors: [], errorCount: 0, preview: [], duplicatesInFile: [], batchId: null,
  };
}

/** The field → reason list of a refusal (`{ message, errors }`), for showing under its message. */
export function reasonsOf(failure: ImportFailure): string[] {
  const body = failure.body;
  if (body === null || typeof body !== 'object' || !('errors' in body)) return [];
  const errors = body.errors;
  if (errors === null || typeof errors !== 'object' || Array.isArray(errors)) return [];
  return Object.values(errors).filter((v): v is string => typeof v === 'string');
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
