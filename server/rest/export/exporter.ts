import type { Writable } from 'node:stream';
import type { Knex } from 'knex';
import { maskValue, maySee } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { getResource } from '../../resources/index.js';
import type { ResourceDef, Row } from '../../resources/types.js';
import { allFields } from '../../resources/types.js';
import type { ResourceService } from '../service.js';
import { cellOf, headerOf, widthOf } from './columns.js';
import type { ExportRequest } from './request.js';
import { keysetChunks, LabelResolver } from './rows.js';
import type { TableWriter } from './writers.js';

/**
 * What `maskRecord` (and for the audit trail `maskAuditRow`) do to a record, worked out once per export instead
 * of once per row: the exported columns the actor sees masked, and for audit rows the title of a record whose
 * title the actor may not see.
 */
function maskerOf(def: ResourceDef, actor: Actor, columns: readonly string[]): (row: Row) => Row {
  const hidden = columns.filter((c) => !maySee(actor, def, c));
  const auditTitles = def.name === 'audit_log' && columns.includes('record_title');
  if (!hidden.length && !auditTitles) return (row) => row;
  return (row) => {
    for (const c of hidden) if (row[c] != null) row[c] = maskValue(row[c]);
    if (auditTitles && row.record_title != null) {
      const target = getResource(String(row.resource));
      if (target && !maySee(actor, target, target.title)) row.record_title = maskValue(row.record_title);
    }
    return row;
  };
}

/**
 * Streams every row the list would show (same scope, filter, search and order) to `out`, a page at a time: read a page, resolve its labels set-wise, mask what the actor may not see, write, wait for the client.
 * `start` opens the file once the first page is read: an error until then is still a JSON answer. `finish` runs
 * before the last byte (the audit row is in before the client has the file), or when the client went away.
 * Answers the number of rows written.
 */
export async function exportRows(
  db: Knex,
  service: ResourceService,
  def: ResourceDef,
  request: ExportRequest,
  actor: Actor,
  out: Writable,
  hooks: { start: () => TableWriter; finish: (rows: number) => Promise<void> },
): Promise<number> {
  const fields = allFields(def);
  const { columns, locale, query } = request;
  const labels = new LabelResolver(db, actor, locale);
  await labels.loadLookups(columns.flatMap((c) => fields[c].lookup ?? []));
  const references = Object.fromEntries(columns.flatMap((c) => (fields[c].reference ? [[c, fields[c].reference]] : [])));
  const mask = maskerOf(def, actor, columns);
  // an audit row's title is masked by the resource it names
  const select = def.name === 'audit_log' ? [...columns, 'resource'] : columns;

  const chunks = keysetChunks(db, def, () => service.filtered(def, query, { actor }), select, query.sort);
  let next = await chunks.next();
  const writer = hooks.start();
  const header = headerOf(def, columns, locale);
  await writer.header(header, columns.map((c, i) => widthOf(fields[c], header[i])));
  let count = 0;
  while (!next.done && !out.destroyed) {
    const rows = next.value;
    await labels.resolve(rows, references);
    await writer.rows(rows.map((raw) => {
      const row = mask(raw);
      return columns.map((c) => cellOf(fields[c], row[c], locale, labels));
    }));
    count += rows.length;
    next = await chunks.next();
  }
  if (out.destroyed) await chunks.return(undefined);
  await hooks.finish(count);
  if (!out.destroyed) await writer.end();
  return count;
}
