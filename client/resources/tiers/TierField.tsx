import { ReferenceField, type FieldProps } from 'react-admin';
import { TierChip } from './TierChip';

/** A reference to a tier, shown as the tier's coloured chip. */
export function TierField({ source, link = false }: FieldProps & { source: string; link?: false | 'show' }) {
  return (
    <ReferenceField source={source} reference="tiers" link={link}>
      <TierChip />
    </ReferenceField>
  );
}
