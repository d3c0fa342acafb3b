import { ReferenceInput, SelectInput, type Validator } from 'react-admin';
import { TierChip } from './TierChip';

/** Picks a membership tier from its coloured chips, highest tier first. */
export function TierInput({ source, validate, alwaysOn }: { source: string; validate?: Validator[]; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={source} reference="tiers" sort={{ field: 'rank', order: 'DESC' }} alwaysOn={alwaysOn}>
      <SelectInput optionText={<TierChip />} validate={validate} />
    </ReferenceInput>
  );
}
