import { SelectInput, type SelectInputProps } from 'react-admin';
import { useMeta } from '../meta/MetaContext';

export interface EnumInputProps extends Omit<SelectInputProps, 'choices'> {
  source: string;
  /** the list in server/resources/enums.ts */
  list: string;
}

/** A select over a fixed list; react-admin translates each choice (`enums.<list>.<value>`). */
export function EnumInput({ list, ...rest }: EnumInputProps) {
  const { enums } = useMeta();
  const choices = (enums[list] ?? []).map((value) => ({ id: value, name: `enums.${list}.${value}` }));
  return <SelectInput choices={choices} {...rest} />;
}
