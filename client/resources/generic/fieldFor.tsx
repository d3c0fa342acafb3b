import type { ReactElement } from 'react';
import { EmailField, NumberField, ReferenceField, TextField } from 'react-admin';
import type { FieldMeta } from '../../meta/types';
import { EnumField } from '../../fields/EnumField';
import { MoneyField } from '../../fields/MoneyField';
import { LocalDateField } from '../../fields/LocalDateField';
import { JsonField } from '../../fields/JsonField';
import { ColorField } from '../../fields/ColorField';
import { BooleanIconField } from '../../fields/BooleanIconField';
import { JSON_KEY_LOOKUPS } from './jsonKeyLookups';
import { LookupField } from '../../lookups/LookupField';
import { LookupArrayField } from '../../lookups/LookupArrayField';
import { TierField } from '../tiers/TierField';
import { SignedPointsField } from '../point_entries/SignedPointsField';
import { CustomerReferenceField } from './CustomerReferenceField';
import { SensitiveField } from '../../fields/SensitiveField';

/** The react-admin field that shows one meta field; its label comes from `resources.<r>.fields.<name>`. */
export function fieldFor(name: string, field: FieldMeta): ReactElement {
  switch (field.type) {
    case 'enum':
      return <EnumField key={name} source={name} list={field.enum ?? ''} />;
    case 'lookup':
      return <LookupField key={name} source={name} lookup={field.lookup ?? ''} />;
    case 'reference':
      if (field.reference === 'tiers') return <TierField key={name} source={name} />;
      if (field.reference === 'customers') return <CustomerReferenceField key={name} source={name} />;
      return <ReferenceField key={name} source={name} reference={field.reference ?? ''} link="show" />;
    case 'money':
      return <MoneyField key={name} source={name} />;
    case 'number':
      return <NumberField key={name} source={name} />;
    case 'integer':
      if (name === 'id' || name.endsWith('_id') || name === 'year') return <TextField key={name} source={name} />;
      // a field that may go below zero is an amount moving both ways (points earned and spent)
      return <SignedPointsField key={name} source={name} signed={field.min !== undefined && field.min < 0} />;
    case 'boolean':
      return <BooleanIconField key={name} source={name} />;
    case 'date':
      return <LocalDateField key={name} source={name} />;
    case 'datetime':
      return <LocalDateField key={name} source={name} showTime />;
    case 'json':
      if (field.lookup) return <LookupArrayField key={name} source={name} lookup={field.lookup} />;
      return <JsonField key={name} source={name} keyLookup={JSON_KEY_LOOKUPS[name]} />;
    case 'text':
      return <TextField key={name} source={name} sx={{ whiteSpace: 'pre-wrap' }} />;
    case 'string':
      if (field.sensitive) return <SensitiveField key={name} source={name} sensitive={field.sensitive} />;
      if (name === 'color') return <ColorField key={name} source={name} />;
      if (field.format === 'email') return <EmailField key={name} source={name} />;
      return <TextField key={name} source={name} />;
  }
}
