import { Show, TabbedShowLayout, TabbedShowLayoutTabs, useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { HistoryTab } from '../audit_log/HistoryTab';
import { FieldGrid } from '../generic/FieldGrid';
import { RelatedTable } from '../generic/RelatedTable';
import { relatedResources, showFields } from '../generic/columns';
import { EventShowActions } from './EventShowActions';
import { ScorecardPanel } from './ScorecardPanel';

/** An event: its scorecard first, then its details, participants, tasks and history; check-in and invitations in the toolbar. */
export function EventShow() {
  const meta = useMeta();
  const resource = meta.resources.events;
  const translate = useTranslate();
  return (
    <Show actions={<EventShowActions />}>
      <ScorecardPanel />
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label="crm.show.details">
          <FieldGrid resource={resource} names={showFields(resource)} />
        </TabbedShowLayout.Tab>
        {relatedResources(meta, 'events').map(({ resource: other, target }) => (
          <TabbedShowLayout.Tab key={`${other}.${target}`} label={translate(`resources.${other}.name`, { smart_count: 2 })} path={other}>
            <RelatedTable reference={other} target={target} />
          </TabbedShowLayout.Tab>
        ))}
        <TabbedShowLayout.Tab label="crm.audit.history" path="history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
