import FilterAltIcon from '@mui/icons-material/FilterAlt';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: FilterAltIcon,
  listColumns: ['name', 'shared', 'owner_id', 'updated_at'],
});
