import { EditButton, TopToolbar } from 'react-admin';
import { SegmentBulkEditButton } from './SegmentBulkEditButton';
import { SegmentOpenButton } from './SegmentOpenButton';

/** A segment's page: open it in the customers list, bulk edit its customers, edit the segment. */
export function SegmentShowActions() {
  return (
    <TopToolbar>
      <SegmentOpenButton />
      <SegmentBulkEditButton />
      <EditButton />
    </TopToolbar>
  );
}
