import { AutocompleteArrayInput, useRecordContext, type AutocompleteArrayInputProps } from 'react-admin';
import { useLookupChoices } from './useLookups';

export interface LookupArrayInputProps extends Omit<AutocompleteArrayInputProps, 'choices'> {
  source: string;
  /** the lookup type the choices come from */
  lookup: string;
}

/** Several values of one lookup list (a multiple-choice custom field): chips, typed to narrow, labels in the current language. */
export function LookupArrayInput({ lookup, source, ...rest }: LookupArrayInputProps) {
  const record = useRecordContext();
  const { choices, isPending } = useLookupChoices(lookup, record?.[source]);
  return (
    <AutocompleteArrayInput
      key={isPending ? 'pending' : 'ready'}
      source={source}
      choices={choices}
      translateChoice={false}
      isPending={isPending}
      {...rest}
    />
  );
}
