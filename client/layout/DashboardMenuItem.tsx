import { Menu, useTranslate } from 'react-admin';
import DashboardIcon from '@mui/icons-material/Dashboard';
import { DashboardPage } from '../pages/dashboard/DashboardPage';

/** 经营看板 at the very top of the menu, for every role: the department's KPIs, or a consultant's own. */
export function DashboardMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={DashboardPage.path} primaryText={translate('crm.dashboard.menu')} leftIcon={<DashboardIcon />} />;
}
