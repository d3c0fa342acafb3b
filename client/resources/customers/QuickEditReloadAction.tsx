import { Button } from '@mui/material';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';

/** The "Reload / 刷新" of a stale-record notification: fetches the list again so the row shows the other change. */
export function QuickEditReloadAction() {
  const refresh = useRefresh();
  const close = useCloseNotification();
  const translate = useTranslate();
  return (
    <Button
      color="inherit"
      size="small"
      onClick={() => {
        close();
        refresh();
      }}
      sx={{ fontWeight: 700, textDecoration: 'underline' }}
    >
      {translate('crm.bulk.quick_edit.reload')}
    </Button>
  );
}
