import OutboxIcon from '@mui/icons-material/Outbox';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';

const { list, show, icon, listColumns } = genericResource({
  icon: OutboxIcon,
  listColumns: ['created_at', 'customer_id', 'channel', 'recipient', 'body', 'status', 'batch_id'],
  alwaysOnFilters: ['status', 'channel'],
  sort: { field: 'created_at', order: 'DESC' },
});

/** What the built-in gateway "sent": written by the server only (no forms), exported from the toolbar to hand to an SMS platform or a mail merge. */
const outbox: ScreenSet = { list, show, icon, listColumns };

export default outbox;
