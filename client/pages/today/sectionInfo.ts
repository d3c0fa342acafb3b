import type { SectionName } from './todayApi';

/** The resource behind each section: where its rows open and where "see all" leads. */
export const SECTION_RESOURCE: Record<SectionName, string> = {
  follow_ups_overdue: 'follow_ups',
  follow_ups_today: 'follow_ups',
  complaints: 'complaints',
  appointments: 'appointments',
  greetings: 'care_touches',
  event_tasks: 'event_tasks',
};
