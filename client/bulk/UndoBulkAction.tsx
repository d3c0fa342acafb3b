import { Button } from '@mui/material';
import { useCloseNotification, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { formatInteger } from '../i18n/formats';
import { requestFailure } from './bulkErrors';
import type { BatchId, BulkDataProvider } from './bulkTypes';

/** The "Undo" of a bulk change's notification: asks the server to reverse the whole batch, then reloads the list. */
export function UndoBulkAction({ resource, batchId }: { resource: string; batchId: BatchId }) {
  const dataProvider = useDataProvider<BulkDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const close = useCloseNotification();
  const undo = async () => {
    close();
    try {
      const { count } = await dataProvider.undoBulk(resource, batchId);
      notify('crm.bulk.undone', { type: 'info', messageArgs: { count: formatInteger(count), smart_count: count } });
    } catch (error) {
      notify('crm.bulk.undo_failed', { type: 'error', messageArgs: { message: requestFailure(error).message } });
    }
    refresh();
  };
  return (
    <Button color="inherit" size="small" onClick={undo} sx={{ fontWeight: 700, textDecoration: 'underline' }}>
      {translate('crm.bulk.undo')}
    </Button>
  );
}
