import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'react-admin';
import type { ResourceMeta } from '../meta/types';
import type { CurrentChoice } from './pickView';
import { columnChoices, DEFAULT_DENSITY, resolveColumns, type Density, type Layout, type ResolvedColumn } from './viewConfig';

/** What a list's views control and its table share: the list's columns and the layout drawn now. */
export interface ListViewSetup {
  resource: ResourceMeta;
  /** the columns the list shows when no view says otherwise, in order */
  defaults: readonly string[];
  /** every field the column chooser offers */
  choices: readonly string[];
  /** the list's own order, restored by the standard view */
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** every column the chooser offers, in the layout's order, shown or not */
  columns: ResolvedColumn[];
  /** the shown ones: what the table draws */
  visible: ResolvedColumn[];
  density: Density;
  layout: Layout | undefined;
  setLayout: (layout: Layout | undefined) => void;
  choice: CurrentChoice;
  setChoice: (choice: CurrentChoice) => void;
}

const Context = createContext<ListViewSetup | null>(null);
export const ListViewProvider = Context.Provider;

/** The list's view setup; null in a list that has none (its toolbar then shows no views control). */
export function useListViewSetup(): ListViewSetup | null {
  return useContext(Context);
}

export interface SetupOptions {
  resource: ResourceMeta;
  defaults: readonly string[];
  defaultSort: { field: string; order: 'ASC' | 'DESC' };
  /** fields this list never shows to this user (a consultant's own-customers list has no owner column) */
  exclude?: readonly string[];
}

/**
 * A list's column and density state, kept per list in react-admin's store (the browser's local storage): which view
 * was last chosen here and the layout drawn now, saved or not. The views themselves live in the database.
 */
export function useListViewState({ resource, defaults, defaultSort, exclude }: SetupOptions): ListViewSetup {
  const [layout, setLayout] = useStore<Layout | undefined>(`listViews.${resource.name}.layout`);
  const [choice, setChoice] = useStore<CurrentChoice>(`listViews.${resource.name}.current`);
  const excludeKey = (exclude ?? []).join(',');
  const choices = useMemo(() => columnChoices(resource, excludeKey ? excludeKey.split(',') : []), [resource, excludeKey]);
  const defaultsKey = defaults.join(',');
  const shownByDefault = useMemo(() => (defaultsKey ? defaultsKey.split(',') : []).filter((s) => choices.includes(s)), [defaultsKey, choices]);
  const columns = useMemo(() => resolveColumns(layout?.columns, shownByDefault, choices), [layout, shownByDefault, choices]);
  return useMemo(() => ({
    resource,
    defaults: shownByDefault,
    choices,
    defaultSort,
    columns,
    visible: columns.filter((c) => c.visible),
    density: layout?.density ?? DEFAULT_DENSITY,
    layout,
    setLayout,
    choice,
    setChoice,
  }), [resource, shownByDefault, choices, defaultSort, columns, layout, setLayout, choice, setChoice]);
}
