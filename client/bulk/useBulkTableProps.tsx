import type { ReactNode } from 'react';
import { BulkToolbar } from './BulkToolbar';
import type { BulkTarget } from './bulkTypes';
import { useBulkRights } from './useBulkRights';

/**
 * The DataTable props of a list with bulk actions: row checkboxes and the bulk bar for someone with a bulk
 * right on the resource, no checkboxes at all for anyone else.
 */
export function useBulkTableProps(resource: string, extra?: (target: BulkTarget, count: number) => ReactNode) {
  const { canBulkUpdate, canBulkDelete } = useBulkRights(resource);
  if (!canBulkUpdate && !canBulkDelete) return { bulkActionButtons: false as const };
  return { bulkActionButtons: true, bulkActionsToolbar: <BulkToolbar extra={extra} /> };
}
