import DirectionsCarIcon from '@mui/icons-material/DirectionsCar';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: DirectionsCarIcon,
  listColumns: ['plate', 'customer_id', 'model', 'color', 'purchase_date', 'purchase_type', 'price', 'warranty_end', 'last_service_date'],
  recordRepresentation: (record) => record.plate || record.vin || `#${record.id}`,
});
