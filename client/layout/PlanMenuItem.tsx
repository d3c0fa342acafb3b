import { Menu, useTranslate } from 'react-admin';
import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import { PlanPage } from '../pages/events/plan/PlanPage';

/** CS活动企划 at the top of the events group: the year's plan with its four quarters and their events. */
export function PlanMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PlanPage.path} primaryText={translate('crm.plan.menu')} leftIcon={<ViewWeekIcon />} />;
}
