import { useNotify, useRedirect } from 'react-admin';
import { useMetaReload } from '../../meta/MetaContext';

/** After a field is saved or deleted: every screen gets the new metadata, then the admin is back at the list. */
export function useFieldSaved(message: string): () => Promise<void> {
  const reload = useMetaReload();
  const notify = useNotify();
  const redirect = useRedirect();
  return async () => {
    await reload().catch(() => {});
    notify(message, { type: 'success' });
    redirect('list', 'custom_fields');
  };
}
