import { SimpleList } from 'react-admin';
import { CustomerNameWithTier } from './CustomerNameWithTier';
import { CustomerSubtitle } from './CustomerSubtitle';

/** The customer list on a phone: name and tier chip, then phone and district. */
export function CustomerMobileList() {
  return <SimpleList primaryText={<CustomerNameWithTier />} secondaryText={<CustomerSubtitle />} rowClick="show" />;
}
