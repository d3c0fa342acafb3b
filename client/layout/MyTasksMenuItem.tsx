import { Menu, useTranslate } from 'react-admin';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { PAGE_PATHS } from '../pages/pagePaths';

/** 我的任务 in the events group: the event tasks the signed-in person is responsible for or checks. */
export function MyTasksMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PAGE_PATHS.myTasks} primaryText={translate('crm.tasks.menu')} leftIcon={<AssignmentIndIcon />} />;
}
