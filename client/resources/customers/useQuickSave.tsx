import { useState } from 'react';
import { useNotify, useUpdate, type RaRecord } from 'react-admin';
import { requestFailure } from '../../bulk/bulkErrors';
import { QuickEditReloadAction } from './QuickEditReloadAction';

/**
 * Saves one changed value of a list row with the version the row was read at (optimistic locking). A stale
 * row (409) is said with the server's message (who changed it and when) and a Reload; a refused value (400)
 * is handed back to show under the cell.
 */
export function useQuickSave(resource: string, record: RaRecord, source: string) {
  const [update] = useUpdate();
  const notify = useNotify();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (value: unknown): Promise<boolean> => {
    setPending(true);
    setError(null);
    try {
      await update(
        resource,
        { id: record.id, data: { [source]: value, version: record.version }, previousData: record },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      return true;
    } catch (failure) {
      const { status, message, fieldErrors } = requestFailure(failure);
      if (status === 400) {
        setError(fieldErrors[source] ?? message);
        return false;
      }
      notify(message || 'ra.notification.http_error', {
        type: 'error',
        autoHideDuration: status === 409 ? null : undefined,
        action: status === 409 ? <QuickEditReloadAction /> : undefined,
      });
      return true;
    } finally {
      setPending(false);
    }
  };
  return { save, isPending, error, clearError: () => setError(null) };
}
