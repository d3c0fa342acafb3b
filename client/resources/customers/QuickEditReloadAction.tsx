import { useRefresh } from 'react-admin';
import { NotificationAction } from '../../layout/NotificationAction';

/** The "Reload / 刷新" of a stale-record notification: fetches the list again so the row shows the other change. */
export function QuickEditReloadAction() {
  const refresh = useRefresh();
  return <NotificationAction label="crm.bulk.quick_edit.reload" onClick={refresh} />;
}
