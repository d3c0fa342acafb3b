import type { Request } from 'express';
import type { Actor } from '../../auth/roles.js';
import { hasRight } from '../../auth/roles.js';
import { assertCan, forbidden, isWithheld, maySee } from '../../auth/policy.js';
import { badRequest } from '../../errors.js';
import type { ResourceDef, Row } from '../../resources/types.js';
import { parseListQuery, type ListQuery } from '../listQuery.js';
import { localeOf, reason, type Locale, type Reason } from '../reasons.js';
import { defaultColumns, exportableFields } from './columns.js';

export type ExportFormat = 'csv' | 'xlsx';

/** What one export request asks for, checked: the list's filter and sort, the file format, language and columns. */
export interface ExportRequest {
  format: ExportFormat;
  locale: Locale;
  columns: string[];
  query: Pick<ListQuery, 'sort' | 'conditions' | 'q'>;
  /** the filter as sent, for the audit trail */
  filter: Row;
}

function single(value: unknown): string | undefined {
  return Array.isArray(value) ? single(value[0]) : typeof value === 'string' ? value : undefined;
}

function parseColumns(def: ResourceDef, raw: string | undefined, errors: Record<string, Reason>): string[] {
  if (raw === undefined) return defaultColumns(def);
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    list = null;
  }
  if (!Array.isArray(list) || !list.length || !list.every((c) => typeof c === 'string')) {
    errors.columns = reason('bad_columns');
    return [];
  }
  const allowed = new Set(exportableFields(def));
  for (const c of list) if (!allowed.has(c)) errors[c] = reason('unknown_field');
  return [...new Set(list)];
}

/** May this actor export `def` at all: read access and the export right (the whole audit trail: the audit right too). */
export function assertMayExport(actor: Actor, def: ResourceDef): void {
  assertCan(actor, def, 'read');
  if (!hasRight(actor, 'export')) throw forbidden();
  if (def.name === 'audit_log' && !hasRight(actor, 'audit')) throw forbidden();
}

/**
 * Reads `format`, `locale` (falling back to Accept-Language: a download link cannot set headers), `columns`,
 * `filter` and `sort`; `range` is ignored (an export has every matching row). Anything malformed is a 400;
 * sorting or filtering by a value the actor sees masked is a 403, as for the list.
 */
export function parseExportRequest(def: ResourceDef, req: Request, actor: Actor): ExportRequest {
  const raw = req.query as Record<string, unknown>;
  const errors: Record<string, Reason> = {};
  const format = single(raw.format) ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') errors.format = reason('not_in_list', { options: 'csv, xlsx' });
  const locale = localeOf(single(raw.locale) ?? req.headers['accept-language']);
  // a custom field kept from the actor's role is not in their file at all
  const columns = parseColumns(def, single(raw.columns), errors).filter((c) => !isWithheld(actor, def, c));
  if (Object.keys(errors).length) throw badRequest(errors);

  const filterText = single(raw.filter);
  const { sort, conditions, q } = parseListQuery(def, { sort: single(raw.sort), filter: filterText });
  const hidden = [sort[0], ...conditions.map((c) => c.field)].find((f) => !maySee(actor, def, f));
  if (hidden) throw forbidden({ [hidden]: reason('not_allowed') });
  const filter = filterText === undefined ? {} : (JSON.parse(filterText) as Row);
  return { format: format as ExportFormat, locale, columns, query: { sort, conditions, q }, filter };
}
