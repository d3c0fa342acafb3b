import { useCallback } from 'react';
import { useListContext } from 'react-admin';
import type { ListViewSetup } from './ListViewContext';
import type { ListView } from './viewConfig';

/** Filter inputs to show open for a filter's keys (an operator's suffix belongs to its field's input). */
function displayedFor(filter: Record<string, unknown>): Record<string, boolean> {
  return Object.fromEntries(Object.keys(filter).filter((k) => k !== 'q').map((k) => [k, true]));
}

/**
 * Opens a view in the list: its columns and density, and its filter, sort and page size through react-admin's
 * list parameters (so the address, the back button and the list's own store follow). `null`: the list's standard
 * layout, no filter, its own order. `keepQuery` leaves the filter and sort as they are (a link brought them).
 */
export function useApplyView(setup: ListViewSetup) {
  const { setFilters, setSort, setPerPage, perPage } = useListContext();
  const { setLayout, setChoice, defaultSort } = setup;
  return useCallback((view: ListView | null, keepQuery = false) => {
    if (!view) {
      setChoice({ id: null });
      setLayout(undefined);
      if (!keepQuery) {
        setFilters({}, {});
        setSort(defaultSort);
      }
      return;
    }
    setChoice({ id: view.id, version: view.version });
    setLayout({ columns: view.config.columns, density: view.config.density });
    if (keepQuery) return;
    setFilters(view.config.filter, displayedFor(view.config.filter));
    setSort(view.config.sort ?? defaultSort);
    if (view.config.per_page !== perPage) setPerPage(view.config.per_page);
  }, [setFilters, setSort, setPerPage, perPage, setLayout, setChoice, defaultSort]);
}
