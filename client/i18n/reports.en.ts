import type { SameKeys } from './en';
import type { reportsMessagesZh } from './reports.zh';

export const reportsMessagesEn: SameKeys<typeof reportsMessagesZh> = {
  complaints: {
    title: 'Complaint analysis',
    menu: 'Complaint analysis',
    lead: 'Complaints received in the range by category, department and month: first response and resolution against their deadlines, and the median times.',
    tiles: {
      count: 'Complaints',
      response_rate: 'First response on time',
      resolve_rate: 'Resolved on time',
      median_response: 'Time to first response (median)',
      median_resolve: 'Time to resolve (median)',
    },
    judged: '%{met} of %{count} judged on time',
    hours: '%{hours} h',
    hours_note: 'Times are clock hours, outside working hours included',
    none: '–',
    by_category: 'By category',
    by_department: 'By department',
    by_month: 'By month (last 12 months)',
    unassigned: 'Unassigned',
    columns: {
      category: 'Category',
      department: 'Department',
      month: 'Month',
      count: 'Complaints',
      response_met: 'On-time responses',
      response_rate: 'Responded on time',
      resolve_met: 'On-time resolutions',
      resolve_rate: 'Resolved on time',
    },
    series: {
      count: 'Complaints',
      responded_in_time: 'Responded on time',
    },
  },
};
