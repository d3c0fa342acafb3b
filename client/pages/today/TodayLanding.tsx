import { Navigate } from 'react-router-dom';
import { Loading, NavigateToFirstResource } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { TodayPage } from './TodayPage';
import { DashboardPage } from '../dashboard/DashboardPage';

/** Who starts the day on 今日工作 rather than on the first list: the people who work the queue. */
const QUEUE_ROLES = new Set(['cs_specialist', 'sales_consultant']);

/** Who starts on 经营看板: the people who answer for the department's figures. */
const DASHBOARD_ROLES = new Set(['cs_manager', 'admin']);

/** The app's start page ('/'): specialists and sales consultants land on their queue, managers on the dashboard, anyone else on the first list. */
export function TodayLanding() {
  const profile = useProfile();
  if (!profile) return null;
  if (QUEUE_ROLES.has(profile.user.role)) return <Navigate to={TodayPage.path} replace />;
  if (DASHBOARD_ROLES.has(profile.user.role)) return <Navigate to={DashboardPage.path} replace />;
  return <NavigateToFirstResource loading={Loading} />;
}
