/** The fields of an audit row the screens read (the server sends them all; `changes` is read by parseChanges). */
export interface AuditEntry {
  id: number;
  created_at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  resource: string;
  record_id: number | null;
  record_title: string | null;
  changes: unknown;
  request_id: string | null;
  batch_id: string | null;
}

/**
 * The show page an audit row leads to, or null: not for a deleted record (it is gone), nor for a resource
 * the client does not know (renamed or removed since).
 */
export function recordPath(entry: Pick<AuditEntry, 'action' | 'resource' | 'record_id'>, known: (resource: string) => boolean): string | null {
  if (entry.action === 'delete' || entry.record_id == null || entry.resource === 'audit_log') return null;
  if (!known(entry.resource)) return null;
  return `/${entry.resource}/${entry.record_id}/show`;
}

/** The audit list narrowed to one filter (all changes of a record, of a bulk change), as a list URL. */
export function auditListPath(filter: Record<string, string | number>): string {
  return `/audit_log?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}
