import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TaskStatus } from './taskGroups';

const COLOR = { todo: 'default', doing: 'info', done: 'warning', checked: 'success' } as const;

/** 待办 / 进行中 / 已完成 / 已检核, red when the task is overdue. */
export function TaskStatusChip({ status, overdue = false }: { status: TaskStatus; overdue?: boolean }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={overdue ? 'error' : COLOR[status]}
      variant={status === 'checked' ? 'filled' : 'outlined'}
      label={translate(`enums.task_status.${status}`)}
    />
  );
}
