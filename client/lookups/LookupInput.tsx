import { SelectInput, useRecordContext, type SelectInputProps } from 'react-admin';
import { useLookupChoices } from './useLookups';

export interface LookupInputProps extends Omit<SelectInputProps, 'choices'> {
  source: string;
  /** the lookup type (`region`, `source`, …) */
  lookup: string;
}

/** A select over one lookup list, labels in the current language, in the list's own order. */
export function LookupInput({ lookup, source, ...rest }: LookupInputProps) {
  const record = useRecordContext();
  const { choices, isPending } = useLookupChoices(lookup, record?.[source]);
  // remount once the lists arrive: SelectInput copies its choices into state on mount and would render one frame without them
  return (
    <SelectInput key={isPending ? 'pending' : 'ready'} source={source} choices={choices} translateChoice={false} isPending={isPending} {...rest} />
  );
}
