import { useMemo } from 'react';
import { useListContext } from 'react-admin';
import type { ListViewSetup } from './ListViewContext';
import { cleanFilter, perPageOf, PER_PAGE, toSettings, type ViewConfig } from './viewConfig';

/** The list as it stands, in the shape a view saves: columns, density, filter, sort and page size. */
export function useCurrentConfig(setup: ListViewSetup): ViewConfig {
  const { filterValues, sort, perPage } = useListContext();
  const { columns, density } = setup;
  return useMemo(() => ({
    columns: toSettings(columns),
    density,
    filter: cleanFilter((filterValues ?? {}) as Record<string, unknown>),
    sort: sort?.field ? { field: sort.field, order: sort.order === 'DESC' ? 'DESC' : 'ASC' } : null,
    per_page: perPageOf(perPage, PER_PAGE),
  }), [columns, density, filterValues, sort, perPage]);
}
