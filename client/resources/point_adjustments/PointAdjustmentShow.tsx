import { Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { HistoryTab } from '../audit_log/HistoryTab';
import { showFields } from '../generic/columns';
import { FieldGrid } from '../generic/FieldGrid';
import { AdjustmentDecisionButtons } from './AdjustmentDecisionButtons';

/** One adjustment request: every field, Approve / Reject on top while it is pending, then its history. */
export function PointAdjustmentShow() {
  const resource = useResourceMeta('point_adjustments');
  return (
    <Show
      actions={
        <TopToolbar>
          <AdjustmentDecisionButtons />
        </TopToolbar>
      }
    >
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label="crm.show.details">
          <FieldGrid resource={resource} names={showFields(resource)} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.audit.history" path="history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
