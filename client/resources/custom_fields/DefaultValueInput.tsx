import { BooleanInput, DateInput, NumberInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { CustomKind } from '../../../server/resources/types';
import { LookupInput } from '../../lookups/LookupInput';
import { LookupArrayInput } from '../../lookups/LookupArrayInput';
import { ReferenceAutocompleteInput } from '../../inputs/ReferenceAutocompleteInput';

/** The default value, entered as a value of the field's kind (a choice from its list, a date, yes/no …). */
export function DefaultValueInput() {
  const kind = useWatch({ name: 'type' }) as CustomKind | undefined;
  const lookup = useWatch({ name: 'lookup' }) as string | undefined;
  const reference = useWatch({ name: 'reference' }) as string | undefined;
  const common = { source: 'default_value', helperText: 'crm.custom_fields.default_help' };
  switch (kind) {
    case 'boolean':
      return <BooleanInput {...common} />;
    case 'number':
    case 'money':
      return <NumberInput {...common} />;
    case 'date':
      return <DateInput {...common} />;
    case 'choice':
      return lookup ? <LookupInput {...common} lookup={lookup} /> : null;
    case 'multi_choice':
      return lookup ? <LookupArrayInput {...common} lookup={lookup} /> : null;
    case 'reference':
      return reference ? <ReferenceAutocompleteInput {...common} reference={reference} /> : null;
    case 'long_text':
      return <TextInput {...common} multiline minRows={2} />;
    default:
      return <TextInput {...common} />;
  }
}
