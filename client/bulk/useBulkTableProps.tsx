import { BulkToolbar } from './BulkToolbar';
import { useBulkRights } from './useBulkRights';

/**
 * The DataTable props of a list with bulk actions: row checkboxes and the bulk bar for someone with a bulk
 * right on the resource, no checkboxes at all for anyone else.
 */
export function useBulkTableProps(resource: string) {
  const { canBulkUpdate, canBulkDelete } = useBulkRights(resource);
  if (!canBulkUpdate && !canBulkDelete) return { bulkActionButtons: false as const };
  return { bulkActionButtons: true, bulkActionsToolbar: <BulkToolbar /> };
}
