import { useState } from 'react';
import { Box } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { CreateBase, Form, SaveButton, useNotify } from 'react-admin';
import AddIcon from '@mui/icons-material/Add';
import { useResourceMeta } from '../../meta/MetaContext';
import { inputFor } from '../../resources/generic/inputFor';

const FIELDS = ['content', 'responsible_id', 'checker_id', 'due_date'] as const;

/**
 * One line to add a task to an event's schedule: work, responsible, checker, due date. The server's refusals
 * (checker = responsible, a closed event) show beside the fields; the line empties once the task is added.
 */
export function TaskQuickAdd({ eventId }: { eventId: number }) {
  const meta = useResourceMeta('event_tasks');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [round, setRound] = useState(0);
  return (
    <CreateBase
      key={round}
      resource="event_tasks"
      redirect={false}
      transform={(data: Record<string, unknown>) => ({ ...data, event_id: eventId })}
      mutationOptions={{
        onSuccess: () => {
          notify('crm.tasks.panel.added', { type: 'success' });
          void queryClient.invalidateQueries({ queryKey: ['event_tasks'] });
          setRound((r) => r + 1);
        },
      }}
    >
      <Form>
        <Box
          data-testid="task-quick-add"
          sx={{
            display: 'grid', gap: 1, alignItems: 'start', pt: 1,
            gridTemplateColumns: { xs: '1fr', md: 'minmax(220px, 2fr) repeat(2, minmax(140px, 1fr)) minmax(150px, 1fr) auto' },
            '& .MuiFormControl-root': { m: 0, width: '100%' },
          }}
        >
          {FIELDS.map((name) => inputFor(name, meta.fields[name]))}
          <SaveButton label="crm.tasks.panel.add" icon={<AddIcon />} variant="contained" sx={{ mt: 1 }} />
        </Box>
      </Form>
    </CreateBase>
  );
}
