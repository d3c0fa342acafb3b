import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, type RaRecord } from 'react-admin';
import { useBulkTableProps } from '../../bulk/useBulkTableProps';
import { useResourceMeta } from '../../meta/MetaContext';
import { chinaToday, isOverdue, type Task } from '../../pages/tasks/taskGroups';
import { listColumns } from '../generic/columns';
import { filtersFor } from '../generic/filtersFor';
import { GenericListActions } from '../generic/GenericListActions';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns } from '../../listViews/viewColumns';
import { GenericMobileList } from '../generic/GenericMobileList';
import { useSearchPlaceholder } from '../generic/useSearchPlaceholder';
import { TaskQuickFilters } from './TaskQuickFilters';

export const TASK_COLUMNS = ['content', 'event_id', 'due_date', 'responsible_id', 'checker_id', 'status'] as const;

/** Overdue work reads red at a glance: a red edge and tint on the row, the due date in red. */
const overdueSx = (record: RaRecord) =>
  isOverdue(record as unknown as Task, chinaToday())
    ? { bgcolor: 'rgba(211, 47, 47, 0.05)', boxShadow: 'inset 3px 0 0 #d32f2f', '& .column-due_date': { color: 'error.main', fontWeight: 600 } }
    : {};

/** All event tasks: the generic list plus quick filters (mine, overdue, to check, open) and overdue rows in red. */
export function EventTaskList() {
  const resource = useResourceMeta('event_tasks');
  const bulk = useBulkTableProps(resource.name);
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const searchPlaceholder = useSearchPlaceholder(resource);
  const cols = listColumns(resource, TASK_COLUMNS);
  const filters = useMemo(() => filtersFor(resource, { searchPlaceholder, alwaysOn: ['status'] }), [resource, searchPlaceholder]);
  const [field, order] = resource.defaultSort;
  const sort = useMemo(() => ({ field, order }), [field, order]);
  const view = useListViewState({ resource, defaults: cols, defaultSort: sort });
  return (
    <ListViewProvider value={view}>
    <List filters={filters} sort={sort} perPage={25} actions={<GenericListActions />} exporter={false}>
      <TaskQuickFilters />
      {isSmall ? (
        <GenericMobileList resource={resource} columns={view.visible.map((c) => c.source)} />
      ) : (
        <DataTable rowClick="show" rowSx={overdueSx} size={view.density === 'compact' ? 'small' : 'medium'} {...bulk}>
          {viewColumns(view.visible, resource)}
        </DataTable>
      )}
    </List>
    </ListViewProvider>
  );
}
