import FeedbackIcon from '@mui/icons-material/Feedback';
import type { ScreenSet } from '../types';
import { genericResource } from '../generic/genericResource';
import { COMPLAINT_COLUMNS, ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';
import { ComplaintEdit } from './ComplaintEdit';
import { ComplaintCreate } from './ComplaintCreate';

const complaints: ScreenSet = {
  ...genericResource({ icon: FeedbackIcon, listColumns: COMPLAINT_COLUMNS, alwaysOnFilters: ['status', 'severity'] }),
  list: ComplaintList,
  show: ComplaintShow,
  edit: ComplaintEdit,
  create: ComplaintCreate,
};

export default complaints;
