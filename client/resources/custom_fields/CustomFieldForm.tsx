import { useEffect, useRef, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import {
  BooleanInput, CheckboxGroupInput, NumberInput, required, SimpleForm, TextInput, Toolbar, SaveButton, useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { CustomKind } from '../../../server/resources/types';
import { EnumInput } from '../../inputs/EnumInput';
import { LookupListInput } from './LookupListInput';
import { DefaultValueInput } from './DefaultValueInput';
import { ChoicesLink } from './ChoicesLink';
import { DeleteFieldButton } from './DeleteFieldButton';
import { CHOICE_KINDS, suggestKey } from './customFieldForm';

const ROLES = ['admin', 'cs_manager', 'cs_specialist', 'sales_consultant'].map((id) => ({ id, name: `enums.role.${id}` }));
const grid = { display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, columnGap: 2, width: '100%', maxWidth: 960 };

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <Typography variant="subtitle2" color="primary" component="h3" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Box sx={grid}>{children}</Box>
    </Box>
  );
}

/** The key follows the English label (WeChat ID → wechat_id) until the admin types one of their own. */
function KeyInput() {
  const { setValue } = useFormContext();
  const label = useWatch({ name: 'label_en' }) as string | undefined;
  const typed = useRef(false);
  const suggested = suggestKey(label ?? '');
  useEffect(() => {
    if (!typed.current) setValue('key', suggested, { shouldDirty: true });
  }, [suggested, setValue]);
  return (
    <TextInput
      source="key"
      validate={required()}
      helperText="crm.custom_fields.key_help"
      onChange={() => {
        typed.current = true;
      }}
      slotProps={{ htmlInput: { style: { fontFamily: 'monospace' }, autoCapitalize: 'off', spellCheck: false } }}
    />
  );
}

function ChoiceSettings() {
  const kind = useWatch({ name: 'type' }) as CustomKind | undefined;
  if (kind && CHOICE_KINDS.includes(kind)) {
    return (
      <Section title="crm.custom_fields.sections.choices">
        <LookupListInput />
        <ChoicesLink />
      </Section>
    );
  }
  if (kind === 'reference') {
    return (
      <Section title="crm.custom_fields.sections.choices">
        <EnumInput source="reference" list="custom_reference_target" validate={required()} />
      </Section>
    );
  }
  return null;
}

function FormToolbar({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {mode === 'edit' && <DeleteFieldButton />}
    </Toolbar>
  );
}

/**
 * A custom field's settings: what it is (record, labels, key, kind), where its choices come from, how it is
 * filled (required, default, help), who sees and changes it, and where it shows. The record and key are fixed
 * once the field exists.
 */
export function CustomFieldForm({ mode, defaultValues }: { mode: 'create' | 'edit'; defaultValues?: Record<string, unknown> }) {
  return (
    <SimpleForm defaultValues={defaultValues} toolbar={<FormToolbar mode={mode} />}>
      <Section title="crm.custom_fields.sections.field">
        <EnumInput source="resource" list="custom_resource" validate={required()} disabled={mode === 'edit'} helperText={mode === 'edit' ? 'crm.custom_fields.resource_fixed' : false} />
        <EnumInput source="type" list="custom_kind" validate={required()} />
        <TextInput source="label_zh" validate={required()} />
        <TextInput source="label_en" validate={required()} />
        {mode === 'create' ? <KeyInput /> : <TextInput source="key" disabled helperText="crm.custom_fields.key_fixed" />}
      </Section>
      <ChoiceSettings />
      <Section title="crm.custom_fields.sections.rules">
        <BooleanInput source="required" />
        <DefaultValueInput />
        <TextInput source="help_zh" />
        <TextInput source="help_en" />
      </Section>
      <Section title="crm.custom_fields.sections.access">
        <CheckboxGroupInput source="read_roles" choices={ROLES} helperText="crm.custom_fields.roles_help" />
        <CheckboxGroupInput source="edit_roles" choices={ROLES} helperText="crm.custom_fields.roles_help" />
      </Section>
      <Section title="crm.custom_fields.sections.display">
        <NumberInput source="sort_order" step={1} min={0} helperText="crm.custom_fields.order_help" />
        <Box />
        <BooleanInput source="hidden" helperText="crm.custom_fields.hidden_help" />
        <BooleanInput source="retired" helperText="crm.custom_fields.retired_help" />
      </Section>
    </SimpleForm>
  );
}
