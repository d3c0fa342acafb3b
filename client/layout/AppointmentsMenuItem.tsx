import { Menu, useTranslate } from 'react-admin';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { AppointmentsPage } from '../pages/appointments/AppointmentsPage';

/** 预约日历 in the care group: each advisor's appointments by week or day. */
export function AppointmentsMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={AppointmentsPage.path} primaryText={translate('crm.appointments.menu')} leftIcon={<EventNoteIcon />} />;
}
