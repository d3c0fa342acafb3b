import { Labeled, Show, TabbedShowLayout, TabbedShowLayoutTabs } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { HistoryTab } from '../audit_log/HistoryTab';
import { showFields } from '../generic/columns';
import { FieldGrid } from '../generic/FieldGrid';
import { SegmentCount } from './SegmentCount';
import { SegmentFilterField } from './SegmentFilterField';
import { SegmentShowActions } from './SegmentShowActions';

/** A saved segment: its live customer count, its filter and fields, and the way to act on its customers. */
export function SegmentShow() {
  const resource = useResourceMeta('segments');
  return (
    <Show actions={<SegmentShowActions />}>
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label="crm.show.details">
          <Labeled label="crm.bulk.segments.count">
            <SegmentCount />
          </Labeled>
          <Labeled source="filter">
            <SegmentFilterField />
          </Labeled>
          <FieldGrid resource={resource} names={showFields(resource).filter((name) => name !== 'filter')} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.audit.history" path="history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
