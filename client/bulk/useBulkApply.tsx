import { useState } from 'react';
import { useDataProvider, useListContextWithProps, useNotify, useRefresh } from 'react-admin';
import { formatInteger } from '../i18n/formats';
import { requestFailure, type RequestFailure } from './bulkErrors';
import type { BulkPayload } from './bulkFields';
import type { BulkDataProvider, BulkResult, BulkTarget } from './bulkTypes';
import { UndoBulkAction } from './UndoBulkAction';

export type BulkOperation = { kind: 'update'; payload: BulkPayload } | { kind: 'delete' };

/**
 * Sends one bulk request, then says how many records changed with an Undo, clears the selection and reloads.
 * A 400 with field reasons is handed back to the dialog (it shows them beside the fields); any other refusal
 * (403, 409…) becomes a notification with the server's message.
 */
export function useBulkApply(resource: string, target: BulkTarget) {
  const dataProvider = useDataProvider<BulkDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const list = useListContextWithProps();
  const [isPending, setPending] = useState(false);

  const apply = async (operation: BulkOperation): Promise<{ ok: true } | { ok: false; failure: RequestFailure }> => {
    setPending(true);
    try {
      const result: BulkResult =
        operation.kind === 'update'
          ? await dataProvider.bulkUpdate(resource, { ...target, ...operation.payload })
          : await dataProvider.bulkDelete(resource, target);
      notify(operation.kind === 'update' ? 'crm.bulk.edit.done' : 'crm.bulk.delete.done', {
        type: 'success',
        messageArgs: { count: formatInteger(result.count), smart_count: result.count },
        autoHideDuration: 10_000,
        // nothing changed (every record already had the values): nothing to undo
        action: result.count > 0 ? <UndoBulkAction resource={resource} batchId={result.batchId} /> : undefined,
      });
      list.onUnselectItems?.();
      refresh();
      return { ok: true };
    } catch (error) {
      const failure = requestFailure(error);
      if (failure.status !== 400 || !Object.keys(failure.fieldErrors).length) {
        notify(failure.message || 'ra.notification.http_error', { type: 'error' });
      }
      return { ok: false, failure };
    } finally {
      setPending(false);
    }
  };
  return { apply, isPending };
}
