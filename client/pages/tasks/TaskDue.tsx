import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/formats';
import { dueWords, isOpen, isOverdue, type Task } from './taskGroups';

/** "2026-11-20 · 逾期 3 天": the date, and for open work how near it is; red when overdue. */
export function TaskDue({ task, today }: { task: Task; today: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!task.due_date) return <Typography variant="caption" color="text.secondary">{translate('crm.tasks.due.none')}</Typography>;
  const words = dueWords(task.due_date, today);
  const overdue = isOverdue(task, today);
  return (
    <Typography variant="caption" color={overdue ? 'error' : 'text.secondary'} sx={{ fontWeight: overdue ? 600 : undefined, whiteSpace: 'nowrap' }}>
      {formatDate(task.due_date, locale)}
      {isOpen(task) && ` · ${translate(`crm.tasks.due.${words.key}`, { n: words.n })}`}
    </Typography>
  );
}
