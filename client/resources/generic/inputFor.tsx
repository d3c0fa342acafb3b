import { cloneElement, type ReactElement } from 'react';
import { InputAdornment } from '@mui/material';
import {
  BooleanInput, DateInput, DateTimeInput, maxLength, maxValue, minLength, minValue, NumberInput, required, TextArrayInput, TextInput,
  type Validator,
} from 'react-admin';
import type { FieldMeta } from '../../meta/types';
import { EnumInput } from '../../inputs/EnumInput';
import { JsonInput } from '../../inputs/JsonInput';
import { ScoresInput } from '../../inputs/ScoresInput';
import { JSON_KEY_LOOKUPS } from './jsonKeyLookups';
import { ReferenceAutocompleteInput } from '../../inputs/ReferenceAutocompleteInput';
import { LookupInput } from '../../lookups/LookupInput';
import { LookupArrayInput } from '../../lookups/LookupArrayInput';
import { customHelperText } from '../../customFields/CustomHelp';
import { TierInput } from '../tiers/TierInput';
import { SensitiveInput } from '../../inputs/SensitiveInput';
import { ColorInput } from '../../inputs/ColorInput';

/** The checks the meta declares, run in the form before the server sees the value (the server checks again). */
export function validatorsFor(field: FieldMeta): Validator[] {
  const out: Validator[] = [];
  if (field.required && field.type !== 'boolean') out.push(required());
  if ((field.type === 'string' || field.type === 'text') && field.minLength !== undefined) out.push(minLength(field.minLength));
  if ((field.type === 'string' || field.type === 'text') && field.max !== undefined) out.push(maxLength(field.max));
  if (field.type === 'integer' || field.type === 'money' || field.type === 'number') {
    if (field.min !== undefined) out.push(minValue(field.min));
    if (field.max !== undefined) out.push(maxValue(field.max));
  }
  return out;
}

const yuan = { input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> } };

/** The react-admin input that edits one meta field; its label comes from `resources.<r>.fields.<name>`. */
export function inputFor(name: string, field: FieldMeta): ReactElement {
  const input = inputOfType(name, field);
  const help = customHelperText(field);
  return help.helperText ? cloneElement(input, help) : input;
}

function inputOfType(name: string, field: FieldMeta): ReactElement {
  const validate = validatorsFor(field);
  switch (field.type) {
    case 'enum':
      return <EnumInput key={name} source={name} list={field.enum ?? ''} validate={validate} />;
    case 'lookup':
      return <LookupInput key={name} source={name} lookup={field.lookup ?? ''} validate={validate} />;
    case 'reference':
      if (field.reference === 'tiers') return <TierInput key={name} source={name} validate={validate} />;
      return <ReferenceAutocompleteInput key={name} source={name} reference={field.reference ?? ''} validate={validate} />;
    case 'integer':
      return <NumberInput key={name} source={name} validate={validate} step={1} />;
    case 'number':
      return <NumberInput key={name} source={name} validate={validate} />;
    case 'money':
      return <NumberInput key={name} source={name} validate={validate} step={0.01} slotProps={yuan} />;
    case 'boolean':
      return <BooleanInput key={name} source={name} />;
    case 'date':
      return <DateInput key={name} source={name} validate={validate} />;
    case 'datetime':
      return <DateTimeInput key={name} source={name} validate={validate} />;
    case 'json':
      if (field.shape === 'string[]' && field.lookup) return <LookupArrayInput key={name} source={name} lookup={field.lookup} validate={validate} />;
      if (field.shape === 'string[]') return <TextArrayInput key={name} source={name} validate={validate} />;
      if (JSON_KEY_LOOKUPS[name]) return <ScoresInput key={name} source={name} lookup={JSON_KEY_LOOKUPS[name]} validate={validate} />;
      return <JsonInput key={name} source={name} validate={validate} />;
    case 'text':
      return <TextInput key={name} source={name} validate={validate} multiline minRows={2} />;
    case 'string':
      // no type="email": the browser's own check would pre-empt the server's reason in the user's language
      if (field.format === 'color') return <ColorInput key={name} source={name} validate={validate} />;
      if (field.sensitive) return <SensitiveInput key={name} source={name} sensitive={field.sensitive} validate={validate} type={field.format === 'phone' ? 'tel' : 'text'} />;
      return <TextInput key={name} source={name} validate={validate} type={field.format === 'phone' ? 'tel' : 'text'} />;
  }
}
