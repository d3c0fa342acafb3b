import { Menu as RaMenu } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { listableResources } from '../auth/access';
import { useProfile } from '../auth/useProfile';
import { useMeta } from '../meta/MetaContext';
import { menuGroups } from './menuGroups';
import { MenuGroupHeading } from './MenuGroupHeading';
import { TiersMenuItem } from './TiersMenuItem';
import { PAGE_PATHS } from '../pages/pagePaths';
import { PlanMenuItem } from './PlanMenuItem';
import { CalendarMenuItem } from './CalendarMenuItem';
import { MyTasksMenuItem } from './MyTasksMenuItem';
import { AppointmentsMenuItem } from './AppointmentsMenuItem';
import { TodayMenuItem } from './TodayMenuItem';
import { DashboardMenuItem } from './DashboardMenuItem';
import { reportMenuItems } from './ReportsMenuGroup';
import { DuplicatesMenuItem } from '../pages/duplicates/DuplicatesMenuItem';

/** The tiers list's link also matches /tiers/manage, the events list's /events/plan (react-admin matches by prefix); there only the page's own item is lit. */
const NOT_ACTIVE = {
  '&.RaMenuItemLink-active': { borderLeftColor: 'transparent', backgroundColor: 'transparent', color: 'text.secondary', fontWeight: 'inherit' },
  '&.RaMenuItemLink-active .RaMenuItemLink-icon': { color: 'inherit' },
};

/**
 * The menu grouped by job (customers, care, events, membership, settings), each resource with its icon.
 * Only what the user's role may list is offered, and a group left empty loses its heading too. The tier page
 * opens the membership group, for every role that may read tiers (the page itself is read-only for most); the
 * CS plan page opens the events group, for every role that may list events.
 */
export function Menu() {
  const meta = useMeta();
  const profile = useProfile() ?? null;
  const { pathname } = useLocation();
  const onTiersPage = pathname.startsWith(PAGE_PATHS.tiers);
  const onPlanPage = pathname.startsWith(PAGE_PATHS.plan) || pathname.startsWith(PAGE_PATHS.calendar);
  const groups = menuGroups(meta)
    .map(({ group, resources }) => ({ group, resources: listableResources(profile, resources) }))
    .filter(({ resources }) => resources.length > 0);
  // a flat list: MUI's MenuList takes no fragments
  const items = groups.flatMap(({ group, resources }, i) => [
    <MenuGroupHeading key={`group.${group}`} group={group} first={i === 0} />,
    ...(group === 'events' && resources.includes('events') ? [<PlanMenuItem key="events.plan" />, <CalendarMenuItem key="events.calendar" />] : []),
    ...(group === 'events' && resources.includes('event_tasks') ? [<MyTasksMenuItem key="tasks.mine" />] : []),
    ...(group === 'care' && resources.includes('appointments') ? [<AppointmentsMenuItem key="appointments.calendar" />] : []),
    ...(group === 'membership' && resources.includes('tiers') ? [<TiersMenuItem key="tiers.manage" />] : []),
    ...(group === 'customers' && resources.includes('customers') ? [<DuplicatesMenuItem key="customers.duplicates" />] : []),
    ...resources.map((name) => (
      <RaMenu.ResourceItem key={name} name={name} sx={(name === 'tiers' && onTiersPage) || (name === 'events' && onPlanPage) || (name === 'appointments' && pathname.startsWith(PAGE_PATHS.appointments)) ? NOT_ACTIVE : undefined} />
    )),
  ]);
  // the reports after the work they report on, before settings
  const settingsAt = groups.findIndex((g) => g.group === 'settings');
  const listable = new Set(groups.flatMap((g) => g.resources));
  const reports = reportMenuItems(listable, groups.length === 0);
  const at = settingsAt === -1 ? items.length : items.findIndex((item) => item.key === 'group.settings');
  return <RaMenu><DashboardMenuItem key="dashboard" /><TodayMenuItem key="today" />{[...items.slice(0, at), ...reports, ...items.slice(at)]}</RaMenu>;
}
