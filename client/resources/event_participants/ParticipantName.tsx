import { ReferenceField } from 'react-admin';

/** A participation is named by its customer. */
export function ParticipantName() {
  return <ReferenceField source="customer_id" reference="customers" link={false} />;
}
