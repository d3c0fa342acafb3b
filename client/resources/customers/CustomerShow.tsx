import { Show, TabbedShowLayout, TabbedShowLayoutTabs } from 'react-admin';
import { RelatedTable } from '../generic/RelatedTable';
import { HistoryTab } from '../audit_log/HistoryTab';
import { CustomerHeader } from './CustomerHeader';
import { CustomerPoints } from './CustomerPoints';
import { CustomerProfile } from './CustomerProfile';
import { CustomerDuplicatesHint } from '../../pages/duplicates/CustomerDuplicatesHint';
import { MergedRecords } from '../../pages/duplicates/MergedRecords';

/** One shared view of a customer for every department: profile, vehicles, visits, follow-ups, complaints, points, events, history. */
export function CustomerShow() {
  return (
    <Show>
      <CustomerHeader />
      <CustomerDuplicatesHint />
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label="crm.customers.tabs.profile">
          <CustomerProfile />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.vehicles" path="vehicles">
          <RelatedTable reference="vehicles" target="customer_id" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.service_visits" path="service_visits">
          <RelatedTable reference="service_visits" target="customer_id" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.follow_ups" path="follow_ups">
          <RelatedTable reference="follow_ups" target="customer_id" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.complaints" path="complaints">
          <RelatedTable reference="complaints" target="customer_id" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.points" path="points">
          <CustomerPoints />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.events" path="events">
          <RelatedTable reference="event_participants" target="customer_id" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.audit.history" path="history">
          <HistoryTab />
          <MergedRecords />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
