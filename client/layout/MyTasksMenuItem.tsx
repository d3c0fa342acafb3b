import { Menu, useTranslate } from 'react-admin';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { MyTasksPage } from '../pages/tasks/MyTasksPage';

/** 我的任务 in the events group: the event tasks the signed-in person is responsible for or checks. */
export function MyTasksMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={MyTasksPage.path} primaryText={translate('crm.tasks.menu')} leftIcon={<AssignmentIndIcon />} />;
}
