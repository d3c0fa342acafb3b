import { useMemo } from 'react';
import { useGetList, useGetMany } from 'react-admin';
import type { Task } from './taskGroups';

const RECENT = 10;

/**
 * The tasks a person does or checks (the server's `person` filter): all unfinished and done ones, and their
 * latest checked ones; with the titles of their events.
 */
export function usePersonTasks(person: number | undefined) {
  const enabled = person !== undefined;
  const filter = { person: String(person) };
  const active = useGetList<Task>(
    'event_tasks',
    { filter: { ...filter, status: ['todo', 'doing', 'done'] }, pagination: { page: 1, perPage: 1000 }, sort: { field: 'due_date', order: 'ASC' } },
    { enabled },
  );
  const checked = useGetList<Task>(
    'event_tasks',
    { filter: { ...filter, status: 'checked' }, pagination: { page: 1, perPage: RECENT }, sort: { field: 'updated_at', order: 'DESC' } },
    { enabled },
  );
  const tasks = useMemo(() => [...(active.data ?? []), ...(checked.data ?? [])], [active.data, checked.data]);
  const eventIds = useMemo(() => [...new Set(tasks.map((t) => t.event_id))], [tasks]);
  const { data: events = [] } = useGetMany<{ id: number; title: string }>('events', { ids: eventIds }, { enabled: eventIds.length > 0 });
  const titles = useMemo(() => new Map(events.map((e) => [Number(e.id), e.title])), [events]);
  return { tasks, titles, isPending: active.isPending || checked.isPending, error: active.error ?? checked.error };
}
