import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, List, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { listColumns } from './columns';
import { fieldFor } from './fieldFor';
import { filtersFor } from './filtersFor';
import { GenericMobileList } from './GenericMobileList';
import { useSearchPlaceholder } from './useSearchPlaceholder';

export interface GenericListProps {
  /** the columns to show, in order (default: picked from the meta) */
  columns?: readonly string[];
  /** filters shown without "add filter" */
  alwaysOnFilters?: readonly string[];
  /** the list's first order (default: the resource's meta `defaultSort`) */
  sort?: { field: string; order: 'ASC' | 'DESC' };
}

/** A list built from /api/meta: search, filters, sortable columns, a simple list on phones. */
export function GenericList({ columns, alwaysOnFilters, sort }: GenericListProps) {
  const resource = useResourceMeta(useResourceContext() ?? '');
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const searchPlaceholder = useSearchPlaceholder(resource);
  const cols = listColumns(resource, columns);
  const filters = useMemo(
    () => filtersFor(resource, { searchPlaceholder, alwaysOn: alwaysOnFilters }),
    [resource, searchPlaceholder, alwaysOnFilters],
  );
  const [field, order] = resource.defaultSort;
  return (
    <List filters={filters} sort={sort ?? { field, order }} perPage={25}>
      {isSmall ? (
        <GenericMobileList resource={resource} columns={cols} />
      ) : (
        <DataTable rowClick="show">
          {cols.map((name) => (
            <DataTable.Col key={name} source={name} disableSort={!resource.fields[name].sortable}>
              {fieldFor(name, resource.fields[name])}
            </DataTable.Col>
          ))}
        </DataTable>
      )}
    </List>
  );
}
