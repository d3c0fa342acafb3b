import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { DataTable } from 'react-admin';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';
import { GenericList } from '../generic/GenericList';
import { GenericShow } from '../generic/GenericShow';
import { RecordFollowUpButton } from './RecordFollowUpButton';
import { FollowUpShowActions } from './FollowUpShowActions';

const COLUMNS = ['due_date', 'customer_id', 'reason', 'channel', 'status', 'staff_id', 'attempts', 'outcome', 'overall_score', 'done_date'] as const;

/** Follow-ups: the generated screens, with 记录回访 on each pending row and on the detail page. */
const followUps: ScreenSet = {
  ...genericResource({ icon: PhoneCallbackIcon, listColumns: COLUMNS, alwaysOnFilters: ['status'] }),
  list: () => (
    <GenericList
      columns={COLUMNS}
      alwaysOnFilters={['status']}
      extraColumns={<DataTable.Col source="id" label="" disableSort><RecordFollowUpButton /></DataTable.Col>}
    />
  ),
  show: () => <GenericShow actions={<FollowUpShowActions />} />,
};

export default followUps;
