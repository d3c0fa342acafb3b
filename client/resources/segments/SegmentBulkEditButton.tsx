import { useRecordContext } from 'react-admin';
import { BulkEditButton } from '../../bulk/BulkEditButton';
import { useBulkRights } from '../../bulk/useBulkRights';
import { segmentFilter } from './segmentFilter';

/** "批量修改该分群": the bulk dialog over every customer the segment's filter matches now. */
export function SegmentBulkEditButton() {
  const record = useRecordContext();
  const { canBulkUpdate } = useBulkRights('customers');
  if (!record || !canBulkUpdate) return null;
  return <BulkEditButton resource="customers" target={{ filter: segmentFilter(record.filter) }} label="crm.bulk.segments.bulk_edit" />;
}
