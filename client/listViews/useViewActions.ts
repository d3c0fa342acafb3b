import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { ListViewSetup } from './ListViewContext';
import type { ListView, ViewConfig } from './viewConfig';

/** The name and sharing of a view, as the save dialog edits them. */
export interface ViewSharing {
  name: string;
  shared_role: string | null;
  default_for_role: boolean;
}

/**
 * Saving, renaming, sharing and deleting views, each a request the server checks; the list changes only once the
 * server has said yes (no undo window: a shared view changes for a whole team). A rejection is thrown to the caller, which shows the server's reasons.
 */
export function useViewActions(setup: ListViewSetup) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { resource, setChoice, setLayout, choice } = setup;
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: ['list_views'] }), [queryClient]);

  const saveAs = useCallback(async (sharing: ViewSharing, config: ViewConfig) => {
    const { data: view } = await dataProvider.create<ListView>('list_views', { data: { ...sharing, resource: resource.name, config } });
    setChoice({ id: view.id, version: view.version });
    await refresh();
    notify('crm.list_views.notify.created', { type: 'success', messageArgs: { name: view.name } });
    return view;
  }, [dataProvider, resource.name, setChoice, refresh, notify]);

  const change = useCallback(async (view: ListView, data: Partial<ViewSharing> & { config?: ViewConfig }) => {
    const { data: saved } = await dataProvider.update<ListView>('list_views', { id: view.id, data: { ...data, version: view.version }, previousData: view });
    if (choice?.id === view.id) setChoice({ id: saved.id, version: saved.version });
    await refresh();
    return saved;
  }, [dataProvider, choice, setChoice, refresh]);

  const save = useCallback(async (view: ListView, config: ViewConfig) => {
    const saved = await change(view, { config });
    notify('crm.list_views.notify.saved', { type: 'success', messageArgs: { name: saved.name } });
    return saved;
  }, [change, notify]);

  const destroy = useCallback(async (view: ListView) => {
    await dataProvider.delete<ListView>('list_views', { id: view.id, previousData: view });
    if (choice?.id === view.id) {
      setChoice({ id: null });
      setLayout(undefined);
    }
    await refresh();
    notify('crm.list_views.notify.deleted', { type: 'info', messageArgs: { name: view.name } });
  }, [dataProvider, choice, setChoice, setLayout, refresh, notify]);

  return { saveAs, save, change, destroy };
}
