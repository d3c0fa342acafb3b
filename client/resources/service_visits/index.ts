import CarRepairIcon from '@mui/icons-material/CarRepair';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: CarRepairIcon,
  listColumns: ['visit_date', 'customer_id', 'vehicle_id', 'visit_type', 'amount', 'mileage', 'advisor_id'],
});
