import PeopleAltIcon from '@mui/icons-material/PeopleAlt';
import type { ScreenSet } from '../types';
import { CustomerCreate } from './CustomerCreate';
import { CustomerEdit } from './CustomerEdit';
import { CustomerList } from './CustomerList';
import { CustomerShow } from './CustomerShow';

const customers: ScreenSet = {
  list: CustomerList,
  show: CustomerShow,
  edit: CustomerEdit,
  create: CustomerCreate,
  icon: PeopleAltIcon,
  /** what related tables elsewhere (a user's customers, a segment's) show */
  listColumns: ['name', 'phone', 'tier_id', 'customer_type', 'lifecycle_stage', 'region', 'last_visit_date'],
  recordRepresentation: 'name',
};

export default customers;
