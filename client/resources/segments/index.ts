import FilterAltIcon from '@mui/icons-material/FilterAlt';
import { genericResource } from '../generic/genericResource';
import type { ScreenSet } from '../types';
import { SEGMENT_COLUMNS, SegmentList } from './SegmentList';
import { SegmentShow } from './SegmentShow';

const segments: ScreenSet = {
  ...genericResource({ icon: FilterAltIcon, listColumns: SEGMENT_COLUMNS }),
  list: SegmentList,
  show: SegmentShow,
};

export default segments;
