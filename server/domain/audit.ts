import type { Knex } from 'knex';
import type { Actor } from '../auth/roles.js';
import type { ResourceDef, Row } from '../resources/types.js';
import { getResource } from '../resources/index.js';
import { isWithheld, maskValue, maySee } from '../auth/policy.js';

export type AuditAction = 'create' | 'update' | 'delete' | 'login' | 'logout' | 'password_changed' | 'token_created' | 'token_revoked' | 'export' | 'merge';

/** One field's change; a write-only value (a password) is recorded as changed, never as a value. */
export interface FieldChange {
  from: unknown;
  to: unknown;
  redacted?: true;
}

export interface AuditContext {
  actor: Actor;
  requestId?: string;
  /** the bulk request a row's change belongs to */
  batchId?: string;
}

const SKIP = new Set(['id', 'created_at', 'updated_at', 'version']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field by field, what differs between two versions of a record (either may be null: created, deleted). */
export function diff(def: ResourceDef, before: Row | null, after: Row | null, written: Row = {}): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [name, field] of Object.entries(def.fields)) {
    if (SKIP.has(name)) continue;
    if (field.writeOnly) {
      if (written[name] != null) changes[name] = { from: null, to: null, redacted: true };
      continue;
    }
    const from = before?.[name] ?? null;
    const to = after?.[name] ?? null;
    if (!same(from, to)) changes[name] = { from, to };
  }
  return changes;
}

function titleOf(def: ResourceDef, record: Row | null): string | null {
  const v = record?.[def.title];
  return v == null ? null : String(v).slice(0, 200);
}

/** Writes one audit row in the caller's transaction, so the trail and the change commit or fail together. */
export async function recordChange(
  trx: Knex,
  ctx: AuditContext,
  def: ResourceDef,
  action: 'create' | 'update' | 'delete',
  before: Row | null,
  after: Row | null,
  written: Row = {},
): Promise<void> {
  if (def.audited === false) return;
  const changes = diff(def, before, after, written);
  if (action === 'update' && !Object.keys(changes).length) return;
  const id = Number((after ?? before)?.id);
  await writeAudit(trx, ctx, { action, resource: def.name, recordId: id, title: titleOf(def, after ?? before), changes });
}

export async function writeAudit(
  trx: Knex,
  ctx: AuditContext,
  entry: { action: AuditAction; resource: string; recordId: number | null; title?: string | null; changes?: Record<string, FieldChange> },
): Promise<void> {
  const stamp = new Date().toISOString();
  await trx('audit_log').insert({
    created_at: stamp,
    updated_at: stamp,
    version: 1,
    user_id: ctx.actor.id,
    username: ctx.actor.username,
    action: entry.action,
    resource: entry.resource,
    record_id: entry.recordId,
    record_title: entry.title ?? null,
    changes: JSON.stringify(entry.changes ?? {}),
    request_id: ctx.requestId?.slice(0, 64) ?? null,
    batch_id: ctx.batchId ?? null,
  });
}

/** An audit row as a reader sees it: values of fields they may not see are masked like the record itself. */
export function maskAuditRow(actor: Actor, row: Row): Row {
  const def = getResource(String(row.resource));
  const changes = row.changes as Record<string, FieldChange> | null;
  if (!def || !changes) return row;
  let masked: Record<string, FieldChange> | null = null;
  for (const [field, change] of Object.entries(changes)) {
    if (maySee(actor, def, field)) continue;
    masked ??= { ...changes };
    if (isWithheld(actor, def, field)) delete masked[field];
    else masked[field] = { from: maskValue(change.from), to: maskValue(change.to) };
  }
  if (masked && def.title in masked) return { ...row, changes: masked, record_title: maskValue(row.record_title) };
  return masked ? { ...row, changes: masked } : row;
}
