import { Button, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { actionsFor, type Task } from './taskGroups';
import type { useTaskAction } from './useTaskAction';

interface TaskActionsProps {
  task: Task;
  /** the signed-in person (not the one whose tasks are shown: the buttons are for who clicks) */
  me: number;
  manager: boolean;
  action: ReturnType<typeof useTaskAction>;
}

/** The quick actions a task offers whoever is looking at it. */
export function TaskActions({ task, me, manager, action }: TaskActionsProps) {
  const translate = useTranslate();
  const actions = actionsFor(task, me, manager);
  if (!actions.length) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0 }}>
      {actions.map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === 'send_back' ? 'text' : 'outlined'}
          color={a === 'send_back' ? 'warning' : 'primary'}
          disabled={action.pendingId === task.id}
          onClick={(e) => {
            e.stopPropagation();
            void action.act(task, a);
          }}
          sx={{ minWidth: 0, whiteSpace: 'nowrap' }}
        >
          {translate(`crm.tasks.actions.${a}`)}
        </Button>
      ))}
    </Stack>
  );
}
