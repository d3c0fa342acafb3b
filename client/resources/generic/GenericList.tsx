import { useMemo, type ReactNode } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, useResourceContext } from 'react-admin';
import { useBulkTableProps } from '../../bulk/useBulkTableProps';
import { useResourceMeta } from '../../meta/MetaContext';
import { listColumns } from './columns';
import { fieldFor } from './fieldFor';
import { filtersFor } from './filtersFor';
import { GenericListActions } from './GenericListActions';
import { GenericMobileList } from './GenericMobileList';
import { useSearchPlaceholder } from './useSearchPlaceholder';
import { DrillFilterChips } from '../filters/DrillFilterChips';

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
 * delete for roles with the right, and the server-side export.
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
  return (
    <List filters={filters} sort={sort ?? { field, order }} perPage={25} actions={<GenericListActions />} exporter={false}>
      <DrillFilterChips inputs={inputs} />
      {isSmall ? (
        <GenericMobileList resource={resource} columns={cols} />
      ) : (
        <DataTable rowClick="show" {...bulk}>
          {cols.map((name) => (
            <DataTable.Col key={name} source={name} disableSort={!resource.fields[name].sortable}>
              {fieldFor(name, resource.fields[name])}
            </DataTable.Col>
          ))}
          {extraColumns}
        </DataTable>
      )}
    </List>
  );
}
