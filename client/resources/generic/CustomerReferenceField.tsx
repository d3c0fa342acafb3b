import { ReferenceField } from 'react-admin';
import { CustomerNameWithTier } from '../customers/CustomerNameWithTier';

/** A reference to a customer: their name with a small tier chip, linked to the customer's page. */
export function CustomerReferenceField({ source }: { source: string }) {
  return (
    <ReferenceField source={source} reference="customers" link="show">
      <CustomerNameWithTier compact />
    </ReferenceField>
  );
}
