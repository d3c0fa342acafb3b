/** Reports: the parts every report shares (issue 8, part 7). */
import type { SameKeys } from './en';
import type { reportKitMessagesZh } from './reportKit.zh';

export const reportKitMessagesEn: SameKeys<typeof reportKitMessagesZh> = {
  export: 'Export to Excel',
  export_failed: 'Export failed: %{reason}',
  open_list: 'Open the list behind this',
  no_rows: 'Nothing in the chosen range',
  range: '%{from} to %{to}',
  load_failed: 'Could not load: %{reason}',
  total: 'Total',
  none: '(not set)',
};
