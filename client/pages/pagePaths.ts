/**
 * Where the app's own pages (those not generated per resource) live, apart from the pages themselves, so that
 * menus and buttons can link to a page without loading its code: the pages are loaded when first opened.
 */
export const PAGE_PATHS = {
  account: '/account',
  import: '/import/:resource?',
  tiers: '/tiers/manage',
  checkIn: '/events/:id/check-in',
  plan: '/events/plan',
  calendar: '/events/calendar',
  myTasks: '/tasks/mine',
  invitations: '/events/:id/invitations',
  notice: '/complaints/:id/notice',
  appointments: '/appointments/calendar',
  duplicates: '/duplicates',
} as const;
