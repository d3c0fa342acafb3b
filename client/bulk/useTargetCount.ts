import { useGetList } from 'react-admin';
import { isFilterTarget, type BulkTarget } from './bulkTypes';

/**
 * How many records a bulk change will touch: the ticked rows, or the total the server counts for the filter
 * (one `range=[0,0]` request; its Content-Range carries the total).
 */
export function useTargetCount(resource: string, target: BulkTarget, enabled = true): number | undefined {
  const byFilter = isFilterTarget(target);
  const { total } = useGetList(
    resource,
    { filter: byFilter ? target.filter : {}, pagination: { page: 1, perPage: 1 } },
    { enabled: enabled && byFilter },
  );
  return byFilter ? total : target.ids.length;
}
