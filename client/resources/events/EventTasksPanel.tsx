import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { TaskCard } from '../../pages/tasks/TaskCard';
import { TaskQuickAdd } from '../../pages/tasks/TaskQuickAdd';
import { chinaToday, isOverdue, progressOf, type Task } from '../../pages/tasks/taskGroups';
import { useTaskAction } from '../../pages/tasks/useTaskAction';
import { useTaskPeople } from '../../pages/tasks/useTaskPeople';

/**
 * The event's schedule (项目进度表): its tasks by due date with overdue ones in red, how far the work has
 * got, the quick actions, and a line to add a task.
 */
export function EventTasksPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { me, manager, names } = useTaskPeople();
  const action = useTaskAction();
  const eventId = Number(record?.id);
  const { data = [], isPending } = useGetList<Task>(
    'event_tasks',
    { filter: { event_id: eventId }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'due_date', order: 'ASC' } },
    { enabled: eventId > 0 },
  );
  // tasks without a due date last (the database puts them first)
  const tasks = [...data].sort((a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999'));
  const today = chinaToday();
  const progress = progressOf(tasks);
  const overdue = tasks.filter((t) => isOverdue(t, today)).length;
  if (!record || me === undefined) return null;
  return (
    <Box sx={{ width: '100%' }} data-testid="event-tasks-panel">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
          {translate('crm.tasks.panel.progress', progress)}
        </Typography>
        <LinearProgress variant="determinate" value={progress.percent} color={overdue ? 'error' : 'primary'} sx={{ flex: 1, height: 8, borderRadius: 4 }} />
        {overdue > 0 && (
          <Typography variant="body2" color="error" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
            {translate('crm.tasks.panel.overdue_count', { smart_count: overdue })}
          </Typography>
        )}
      </Stack>
      {isPending && <LinearProgress />}
      {!isPending && tasks.length === 0 && <Alert severity="info">{translate('crm.tasks.panel.empty')}</Alert>}
      <Box sx={{ border: tasks.length ? 1 : 0, borderColor: 'divider', borderRadius: 1 }}>
        {tasks.map((t) => (
          <TaskCard key={t.id} task={t} today={today} me={me} manager={manager} names={names} action={action} />
        ))}
      </Box>
      <TaskQuickAdd eventId={eventId} />
    </Box>
  );
}
