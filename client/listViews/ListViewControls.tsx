import { useCallback, useMemo, useState } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { Confirm, useNotify } from 'react-admin';
import { useProfile } from '../auth/useProfile';
import { requestFailure } from '../bulk/bulkErrors';
import { ColumnChooser } from './ColumnChooser';
import { DensityToggle } from './DensityToggle';
import { useListViewSetup, type ListViewSetup } from './ListViewContext';
import { groupViews, mayChange } from './pickView';
import { SaveViewDialog } from './SaveViewDialog';
import { useApplyView } from './useApplyView';
import { useCurrentConfig } from './useCurrentConfig';
import { useListViews } from './useListViews';
import { useOpenInitialView } from './useOpenInitialView';
import { useViewActions } from './useViewActions';
import { ViewPicker } from './ViewPicker';
import { DEFAULT_DENSITY, differs, type ViewConfig } from './viewConfig';

/** The views control of a list's toolbar; nothing in a list without a view setup. */
export function ListViewControls() {
  const setup = useListViewSetup();
  return setup ? <Controls setup={setup} /> : null;
}

type Dialog = 'save_as' | 'edit' | 'delete' | null;

function Controls({ setup }: { setup: ListViewSetup }) {
  const profile = useProfile();
  const notify = useNotify();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const userId = profile?.user.id ?? 0;
  const role = profile?.user.role;
  const { views, isPending } = useListViews(setup.resource.name);
  const apply = useApplyView(setup);
  const actions = useViewActions(setup);
  const config = useCurrentConfig(setup);
  const [dialog, setDialog] = useState<Dialog>(null);
  useOpenInitialView(setup, views, isPending, role, apply);

  const current = setup.choice?.id != null ? views.find((v) => v.id === setup.choice?.id) ?? null : null;
  const standard = useMemo<ViewConfig>(() => ({
    columns: [], density: DEFAULT_DENSITY, filter: {}, sort: setup.defaultSort, per_page: 25,
  }), [setup.defaultSort]);
  const modified = differs(config, current?.config ?? standard, setup.defaults, setup.choices);
  const groups = useMemo(() => groupViews(views, userId, role ?? ''), [views, userId, role]);
  const canSave = !!current && mayChange(current, userId, role ?? '');
  const failed = useCallback((error: unknown) => {
    const { message } = requestFailure(error);
    notify(message || 'ra.notification.http_error', { type: 'error' });
  }, [notify]);

  return (
    <>
      <ViewPicker
        groups={groups}
        current={current}
        modified={modified}
        canSave={canSave}
        onPick={(view) => apply(view)}
        onSave={() => current && actions.save(current, config).catch(failed)}
        onSaveAs={() => setDialog('save_as')}
        onEdit={() => setDialog('edit')}
        onDelete={() => setDialog('delete')}
        onRevert={() => apply(current)}
      />
      {!isSmall && <ColumnChooser />}
      {!isSmall && <DensityToggle />}
      {dialog === 'save_as' && (
        <SaveViewDialog
          mode="create"
          config={config}
          initial={{ name: '', shared_role: null, default_for_role: false }}
          onSubmit={(sharing) => actions.saveAs(sharing, config)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'edit' && current && (
        <SaveViewDialog
          mode="edit"
          initial={{ name: current.name, shared_role: current.shared_role, default_for_role: current.default_for_role }}
          onSubmit={(sharing) => actions.change(current, sharing)}
          onClose={() => setDialog(null)}
        />
      )}
      <Confirm
        isOpen={dialog === 'delete' && !!current}
        title="crm.list_views.delete.title"
        content="crm.list_views.delete.content"
        translateOptions={{ name: current?.name ?? '' }}
        onConfirm={() => {
          setDialog(null);
          if (current) actions.destroy(current).catch(failed);
        }}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
