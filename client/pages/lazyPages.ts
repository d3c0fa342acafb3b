import { lazy, type ComponentType } from 'react';
import { PAGE_PATHS } from './pagePaths';

const page = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));

/**
 * The app's own pages other than the landing ones (today, dashboard), each loaded when first opened: the calendars
 * (FullCalendar), the QR invitation cards and the check-in desk stay out of the code every start downloads.
 */
export const LAZY_PAGES: { key: string; path: string; page: ComponentType }[] = [
  { key: 'account', path: PAGE_PATHS.account, page: page(async () => (await import('./account/AccountPage')).AccountPage) },
  { key: 'import', path: PAGE_PATHS.import, page: page(async () => (await import('./import/ImportPage')).ImportPage) },
  { key: 'tiers', path: PAGE_PATHS.tiers, page: page(async () => (await import('./tiers/TiersPage')).TiersPage) },
  { key: 'checkIn', path: PAGE_PATHS.checkIn, page: page(async () => (await import('./events/checkin/CheckInPage')).CheckInPage) },
  { key: 'plan', path: PAGE_PATHS.plan, page: page(async () => (await import('./events/plan/PlanPage')).PlanPage) },
  { key: 'calendar', path: PAGE_PATHS.calendar, page: page(async () => (await import('./events/calendar/CalendarPage')).CalendarPage) },
  { key: 'myTasks', path: PAGE_PATHS.myTasks, page: page(async () => (await import('./tasks/MyTasksPage')).MyTasksPage) },
  { key: 'invitations', path: PAGE_PATHS.invitations, page: page(async () => (await import('./events/invitations/InvitationListPage')).InvitationListPage) },
  { key: 'notice', path: PAGE_PATHS.notice, page: page(async () => (await import('./complaints/RectificationNoticePage')).RectificationNoticePage) },
  { key: 'duplicates', path: PAGE_PATHS.duplicates, page: page(async () => (await import('./duplicates/DuplicatesPage')).DuplicatesPage) },
  { key: 'appointments', path: PAGE_PATHS.appointments, page: page(async () => (await import('./appointments/AppointmentsPage')).AppointmentsPage) },
];
