import { Menu, useTranslate } from 'react-admin';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { PAGE_PATHS } from '../pages/pagePaths';

/** 活动日历 in the events group: events and their tasks by month or week. */
export function CalendarMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PAGE_PATHS.calendar} primaryText={translate('crm.calendar.menu')} leftIcon={<CalendarMonthIcon />} />;
}
