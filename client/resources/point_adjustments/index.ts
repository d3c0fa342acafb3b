import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ScreenSet } from '../types';
import { GenericCreate } from '../generic/GenericCreate';
import { PointAdjustmentShow } from './PointAdjustmentShow';
import { PointAdjustmentList } from './PointAdjustmentList';

/** Manual point adjustments and their approval queue; a request is never edited, only approved or rejected. */
const point_adjustments: ScreenSet = {
  list: PointAdjustmentList,
  show: PointAdjustmentShow,
  create: GenericCreate,
  icon: FactCheckIcon,
  listColumns: ['created_at', 'customer_id', 'points', 'note', 'requested_by_id', 'status', 'decided_by_id', 'decided_at'],
  recordRepresentation: (record) => `#${String(record.id)}`,
};

export default point_adjustments;
