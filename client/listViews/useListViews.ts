import { useGetList } from 'react-admin';
import type { ListView } from './viewConfig';

const NONE: ListView[] = [];

/** The saved views of one list the user may read (their own, their role's, and for managers every shared one). */
export function useListViews(resource: string): { views: ListView[]; isPending: boolean } {
  const { data, isPending } = useGetList<ListView>(
    'list_views',
    { filter: { resource }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { staleTime: 30_000 },
  );
  return { views: data ?? NONE, isPending };
}
