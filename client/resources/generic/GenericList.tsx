import { useMemo, type ReactNode } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, useResourceContext } from 'react-admin';
import { useBulkTableProps } from '../../bulk/useBulkTableProps';
import { useResourceMeta } from '../../meta/MetaContext';
import { listColumns } from './columns';
import { filtersFor } from './filtersFor';
import { GenericListActions } from './GenericListActions';
import { GenericMobileList } from './GenericMobileList';
import { useSearchPlaceholder } from './useSearchPlaceholder';
import { DrillFilterChips } from '../filters/DrillFilterChips';
import { ListViewProvider, useListViewState } from '../../listViews/ListViewContext';
import { viewColumns } from '../../listViews/viewColumns';

export interface GenericListProps {
  /** the columns to show, in order (default: picked from the meta) */
  columns?: readonly string[];
  /** filters shown without "add filter" */
  alwaysOnFilters?: readonly string[];
  /** the list's first order (default: the resource's meta `defaultSort`) */
  sort?: { field: string; order: 'ASC' | 'DESC' };
  /** columns after the meta's (a computed value such as a segment's live count) */
  extraColumns?: ReactNode;
}

/**
 * A list built from /api/meta: search, filters, sortable columns, a simple list on phones; bulk edit and
 * delete for roles with the right, and the server-side export. Its columns, their order and widths, the row
 * density, filter and sort follow the list view the user picked (client/listViews/); any field of the
 * resource, an admin's custom ones included, can be chosen as a column.
 */
export function GenericList({ columns, alwaysOnFilters, sort, extraColumns }: GenericListProps) {
  const resource = useResourceMeta(useResourceContext() ?? '');
  const bulk = useBulkTableProps(resource.name);
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const searchPlaceholder = useSearchPlaceholder(resource);
  const cols = listColumns(resource, columns);
  const filters = useMemo(
    () => filtersFor(resource, { searchPlaceholder, alwaysOn: alwaysOnFilters }),
    [resource, searchPlaceholder, alwaysOnFilters],
  );
  const inputs = useMemo(() => filters.map((f) => String((f.props as { source?: unknown }).source)), [filters]);
  const [field, order] = resource.defaultSort;
  const listSort = useMemo(() => sort ?? { field, order }, [sort, field, order]);
  const view = useListViewState({ resource, defaults: cols, defaultSort: listSort });
  return (
    <ListViewProvider value={view}>
      <List filters={filters} sort={listSort} perPage={25} actions={<GenericListActions />} exporter={false}>
        <DrillFilterChips inputs={inputs} />
        {isSmall ? (
          <GenericMobileList resource={resource} columns={view.visible.map((c) => c.source)} />
        ) : (
          <DataTable rowClick="show" size={view.density === 'compact' ? 'small' : 'medium'} {...bulk}>
            {viewColumns(view.visible, resource)}
            {extraColumns}
          </DataTable>
        )}
      </List>
    </ListViewProvider>
  );
}
