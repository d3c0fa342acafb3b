import type { SameKeys } from './en';
import type { dashboardMessagesZh } from './dashboard.zh';

export const dashboardMessagesEn: SameKeys<typeof dashboardMessagesZh> = {
  title: 'Dashboard',
  menu: 'Dashboard',
  scope: {
    department: 'Whole department',
    own: 'My customers',
  },
  range: '%{from} to %{to}',
  kpis: {
    satisfaction: 'Customer satisfaction',
    loyalty: 'Customer loyalty',
    churn: 'Churn rate',
    appointment_success: 'Appointment success',
    complaint_response: 'Complaints answered in 24 h',
    follow_up_completion: 'Follow-up completion',
  },
  target_at_least: 'Target ≥ %{pct}',
  target_at_most: 'Target ≤ %{pct}',
  on_target: 'On target',
  off_target: 'Off target',
  no_data: 'No data',
  count: '%{met} of %{count}',
  trend: 'Last 12 months',
  open_list: 'Open the list',
  export: {
    kpi: 'KPI',
    value: 'Value',
    target: 'Target',
    on_target: 'On target',
    met: 'Met',
    count: 'Counted',
  },
  filters: {
    presets: {
      month: 'This month',
      last30: 'Last 30 days',
      quarter: 'This quarter',
      year: 'This year',
    },
    from: 'From',
    to: 'To',
    region: 'Region',
    tier: 'Tier',
    owner: 'Sales consultant',
    all: 'All',
  },
  load_failed: 'Could not load the dashboard: %{reason}',
};
