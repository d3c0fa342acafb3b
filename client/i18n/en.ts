import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { fieldMessagesEn } from './fields.en';
import { authMessagesEn } from './auth.en';
import { auditMessagesEn } from './audit.en';
import { importMessagesEn } from './import.en';
import { bulkMessagesEn } from './bulk.en';
import { tiersMessagesEn } from './tiers.en';
import { pointsMessagesEn } from './points.en';
import { eventsMessagesEn } from './events.en';
import { planMessagesEn } from './plan.en';
import { greetingsMessagesEn } from './greetings.en';
import { appointmentsMessagesEn } from './appointments.en';
import { churnMessagesEn } from './churn.en';
import { calendarMessagesEn } from './calendar.en';
import { tasksMessagesEn } from './tasks.en';
import { complaintsMessagesEn } from './complaints.en';
import { invitationsMessagesEn } from './invitations.en';
import { budgetMessagesEn } from './budget.en';
import { audienceMessagesEn } from './audience.en';
import { followupsMessagesEn } from './followups.en';
import { todayMessagesEn } from './today.en';
import { dashboardMessagesEn } from './dashboard.en';
import { reportsMessagesEn } from './reports.en';
import { reportKitMessagesEn } from './reportKit.en';
import { satisfactionMessagesEn } from './satisfaction.en';
import { prospectsMessagesEn } from './prospects.en';
import { ownersMessagesEn } from './owners.en';
import { eventReportMessagesEn } from './eventReport.en';
import { valueMessagesEn } from './value.en';
import { duplicatesMessagesEn } from './duplicates.en';
import { customFieldsMessagesEn } from './customFields.en';
import { listViewsMessagesEn } from './listViews.en';
import type { crmMessagesZh } from './zh';

/** The same tree of strings, whatever the words (a missing or extra key is a compile error). */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export const crmMessagesEn: SameKeys<typeof crmMessagesZh> = {
  auth: authMessagesEn,
  audit: auditMessagesEn,
  import: importMessagesEn,
  bulk: bulkMessagesEn,
  tiers: tiersMessagesEn,
  points: pointsMessagesEn,
  events: eventsMessagesEn,
  plan: planMessagesEn,
  greetings: greetingsMessagesEn,
  appointments: appointmentsMessagesEn,
  churn: churnMessagesEn,
  calendar: calendarMessagesEn,
  tasks: tasksMessagesEn,
  complaints: complaintsMessagesEn,
  invitations: invitationsMessagesEn,
  budget: budgetMessagesEn,
  audience: audienceMessagesEn,
  followups: followupsMessagesEn,
  today: todayMessagesEn,
  dashboard: dashboardMessagesEn,
  reports: reportsMessagesEn,
  report_kit: reportKitMessagesEn,
  satisfaction: satisfactionMessagesEn,
  prospects: prospectsMessagesEn,
  owners: ownersMessagesEn,
  eventReport: eventReportMessagesEn,
  value: valueMessagesEn,
  duplicates: duplicatesMessagesEn,
  custom_fields: customFieldsMessagesEn,
  list_views: listViewsMessagesEn,
  app: {
    title: '客户关系管理 · CRM',
    loading: 'Loading…',
    meta_failed: 'Cannot reach the server. Check the network and try again.',
    retry: 'Retry',
  },
  list: {
    search_in: 'Search %{fields}',
    separator: ', ',
  },
  filters: {
    all_scored: 'everyone scored that month',
    any_rule: 'meets any rule',
    from: '%{field} from',
    to: '%{field} to',
    empty: 'not set',
    not_empty: 'set',
    clear_hidden: 'Clear these conditions',
    pair: '%{name}: %{value}',
  },
  show: {
    details: 'Details',
    label: '%{label}: ',
  },
  validation: {
    json: 'Must be a valid JSON object',
  },
  customers: {
    search_placeholder: 'Name, pinyin or phone digits',
    filters: {
      last_visit_after: 'Last visit from',
      last_visit_before: 'Last visit to',
    },
    sections: {
      basic: 'Basic information',
      contact: 'Contact',
      classification: 'Classification',
      intention: 'Purchase intention',
      business: 'Business customer',
      custom: 'More fields',
    },
    tabs: {
      profile: 'Profile',
      vehicles: 'Vehicles',
      service_visits: 'Service visits',
      follow_ups: 'Follow-ups',
      complaints: 'Complaints',
      points: 'Points',
      events: 'Events',
    },
  },
};

export const enMessages: TranslationMessages = {
  ...englishMessages,
  ...fieldMessagesEn,
  crm: crmMessagesEn,
};
