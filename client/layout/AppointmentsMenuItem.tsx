import { Menu, useTranslate } from 'react-admin';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { PAGE_PATHS } from '../pages/pagePaths';

/** 预约日历 in the care group: each advisor's appointments by week or day. */
export function AppointmentsMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PAGE_PATHS.appointments} primaryText={translate('crm.appointments.menu')} leftIcon={<EventNoteIcon />} />;
}
