import { useState } from 'react';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { PersonPicker } from './PersonPicker';
import { TaskCard } from './TaskCard';
import { TaskGroupSection } from './TaskGroupSection';
import { chinaToday, GROUP_ORDER, groupTasks } from './taskGroups';
import { usePersonTasks } from './usePersonTasks';
import { useTaskAction } from './useTaskAction';
import { useTaskPeople } from './useTaskPeople';
import { PAGE_PATHS } from '../pagePaths';

/**
 * 我的任务: the event tasks the signed-in person is responsible for or checks, grouped by what needs doing
 * (overdue first, then what waits for their check, this week, later…), with quick actions. A manager may
 * look at any staff member's.
 */
export function MyTasksPage() {
  const translate = useTranslate();
  const { me, manager, users, names } = useTaskPeople();
  const [chosen, setChosen] = useState<number | undefined>();
  const person = chosen ?? me;
  const { tasks, titles, isPending, error } = usePersonTasks(person);
  const action = useTaskAction();
  const today = chinaToday();
  const groups = person === undefined ? null : groupTasks(tasks, person, today);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1100 }}>
      <Title title="crm.tasks.title" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <Typography variant="h5" component="h1" sx={{ flex: '1 1 auto', whiteSpace: 'nowrap' }}>
          {person !== undefined && person !== me ? translate('crm.tasks.of', { name: names.get(person) ?? `#${person}` }) : translate('crm.tasks.title')}
        </Typography>
        {manager && person !== undefined && <PersonPicker value={person} users={users} onChange={setChosen} />}
      </Stack>
      {isPending && <LinearProgress />}
      {error != null && <Alert severity="error">{translate('crm.tasks.loading_failed', { reason: error instanceof Error ? error.message : String(error) })}</Alert>}
      {groups && !isPending && tasks.length === 0 && <Alert severity="info">{translate('crm.tasks.empty.all')}</Alert>}
      {groups && me !== undefined && tasks.length > 0 && (
        <Stack spacing={1.5}>
          {GROUP_ORDER.map((key) => (
            <TaskGroupSection key={key} group={key} count={groups[key].length} collapsed={key === 'recent'}>
              {groups[key].map((t) => (
                <TaskCard
                  key={t.id} task={t} today={today} person={person} me={me} manager={manager} names={names}
                  eventTitle={titles.get(t.event_id) ?? `#${t.event_id}`} action={action}
                />
              ))}
            </TaskGroupSection>
          ))}
        </Stack>
      )}
    </Box>
  );
}

MyTasksPage.path = PAGE_PATHS.myTasks;
