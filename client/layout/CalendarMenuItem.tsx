import { Menu, useTranslate } from 'react-admin';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { CalendarPage } from '../pages/events/calendar/CalendarPage';

/** 活动日历 in the events group: events and their tasks by month or week. */
export function CalendarMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={CalendarPage.path} primaryText={translate('crm.calendar.menu')} leftIcon={<CalendarMonthIcon />} />;
}
