import { DataTable } from 'react-admin';
import { GenericList } from '../generic/GenericList';
import { SegmentCount } from './SegmentCount';

export const SEGMENT_COLUMNS = ['name', 'shared', 'owner_id', 'updated_at'] as const;

/** Saved segments, each with how many customers it holds right now. */
export function SegmentList() {
  return (
    <GenericList
      columns={SEGMENT_COLUMNS}
      extraColumns={
        <DataTable.Col source="count" label="crm.bulk.segments.count" disableSort>
          <SegmentCount />
        </DataTable.Col>
      }
    />
  );
}
