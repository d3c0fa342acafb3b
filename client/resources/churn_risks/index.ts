import PersonOffIcon from '@mui/icons-material/PersonOff';
import { genericResource } from '../generic/genericResource';
import { ChurnRiskList } from './ChurnRiskList';

const generic = genericResource({ icon: PersonOffIcon, listColumns: ['customer_id', 'reason', 'detail', 'owner_id', 'status', 'outcome', 'detected_on'] });

/** The churn-risk list has its own screen (reason chips, waiting days, record outcome); the rest is generated. */
export default { ...generic, list: ChurnRiskList };
