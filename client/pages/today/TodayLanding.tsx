import { Navigate } from 'react-router-dom';
import { Loading, NavigateToFirstResource } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { TodayPage } from './TodayPage';

/** Who starts the day on 今日工作 rather than on the first list: the people who work the queue. */
const QUEUE_ROLES = new Set(['cs_specialist', 'sales_consultant']);

/** The app's start page ('/'): specialists and sales consultants land on their queue, managers where they always did. */
export function TodayLanding() {
  const profile = useProfile();
  if (!profile) return null;
  return QUEUE_ROLES.has(profile.user.role) ? <Navigate to={TodayPage.path} replace /> : <NavigateToFirstResource loading={Loading} />;
}
