import { useCanAccess } from 'react-admin';
import { useProfile } from '../auth/useProfile';

/**
 * Whether the signed-in user may change or delete many records of a resource at once: the role's bulk right
 * and the right to update (delete) that resource. The server checks both again.
 */
export function useBulkRights(resource: string): { canBulkUpdate: boolean; canBulkDelete: boolean } {
  const profile = useProfile();
  const { canAccess: canUpdate } = useCanAccess({ resource, action: 'update' });
  const { canAccess: canDelete } = useCanAccess({ resource, action: 'delete' });
  const rights = profile?.rights ?? [];
  return {
    canBulkUpdate: !!canUpdate && rights.includes('bulk_update'),
    canBulkDelete: !!canDelete && rights.includes('bulk_delete'),
  };
}
