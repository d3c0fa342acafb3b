import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceContext, useResourceDefinition } from 'react-admin';
import { ExportMenuButton } from '../../export/ExportMenuButton';
import { ImportButton } from '../../pages/import/ImportButton';
import { ListViewControls } from '../../listViews/ListViewControls';

/**
 * A list's toolbar: its views (pick, save, columns, density), add a filter, create, the resource's own actions,
 * import (for those who may), and the server-side export (in place of react-admin's export of the loaded page,
 * which would miss rows and the server's labels).
 */
export function GenericListActions({ children }: { children?: ReactNode }) {
  const filters = useFilterContext();
  const resource = useResourceContext() ?? '';
  const { hasCreate } = useResourceDefinition();
  return (
    // wraps instead of running off the edge when the buttons outgrow the row (English labels are longer)
    <TopToolbar sx={{ flexWrap: 'wrap', justifyContent: 'flex-end', rowGap: 0.5 }}>
      <ListViewControls />
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      {children}
      <ImportButton resource={resource} />
      <ExportMenuButton />
    </TopToolbar>
  );
}
