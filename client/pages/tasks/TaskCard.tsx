import { Box, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { TaskActions } from './TaskActions';
import { TaskDue } from './TaskDue';
import { TaskStatusChip } from './TaskStatusChip';
import { isOverdue, type Task } from './taskGroups';
import type { useTaskAction } from './useTaskAction';

export interface TaskCardProps {
  task: Task;
  today: string;
  /** whose tasks are shown: the card names the other person; absent, it names both */
  person?: number;
  /** the signed-in person, for the quick actions */
  me: number;
  manager: boolean;
  names: ReadonlyMap<number, string>;
  /** the event's title, linked; absent inside the event's own page */
  eventTitle?: string;
  action: ReturnType<typeof useTaskAction>;
}

/** One task as a line: its work, status, due date, event and people, and what can be done with it now. */
export function TaskCard({ task, today, person, me, manager, names, eventTitle, action }: TaskCardProps) {
  const translate = useTranslate();
  const overdue = isOverdue(task, today);
  const name = (id: number | null) => (id == null ? '—' : names.get(id) ?? `#${id}`);
  const people: string[] = [];
  if (person === undefined || person !== task.responsible_id) people.push(translate('crm.tasks.roles.responsible', { name: name(task.responsible_id) }));
  if (person === undefined || person !== task.checker_id) people.push(translate('crm.tasks.roles.checker', { name: name(task.checker_id) }));
  return (
    <Box
      data-testid="task-card"
      data-task-id={task.id}
      sx={{
        display: 'flex', gap: 1, alignItems: { xs: 'flex-start', sm: 'center' }, flexDirection: { xs: 'column', sm: 'row' },
        py: 1, px: 1.5, borderLeft: 3, borderColor: overdue ? 'error.main' : 'transparent',
        bgcolor: overdue ? 'rgba(211, 47, 47, 0.04)' : undefined, '& + &': { borderTop: 1, borderTopColor: 'divider' },
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 500, textDecoration: task.status === 'checked' ? 'line-through' : undefined }}>
          {task.content}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <TaskStatusChip status={task.status} overdue={overdue} />
          <TaskDue task={task} today={today} />
          {eventTitle !== undefined && (
            <Link to={`/events/${task.event_id}/show`} variant="caption">
              {eventTitle}
            </Link>
          )}
          {people.map((p) => (
            <Typography key={p} variant="caption" color="text.secondary">{p}</Typography>
          ))}
        </Stack>
      </Box>
      <TaskActions task={task} me={me} manager={manager} action={action} />
    </Box>
  );
}
