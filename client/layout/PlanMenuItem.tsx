import { Menu, useTranslate } from 'react-admin';
import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import { PAGE_PATHS } from '../pages/pagePaths';

/** CS活动企划 at the top of the events group: the year's plan with its four quarters and their events. */
export function PlanMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PAGE_PATHS.plan} primaryText={translate('crm.plan.menu')} leftIcon={<ViewWeekIcon />} />;
}
