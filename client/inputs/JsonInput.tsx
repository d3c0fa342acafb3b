import { useState, type ChangeEvent } from 'react';
import { TextField } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useResourceContext, type Validator } from 'react-admin';

/** While the text is not valid JSON the form holds the raw text, and this validator refuses it. */
const validJson: Validator = (value: unknown) => (typeof value === 'string' ? 'crm.validation.json' : undefined);

function toText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** A structured value (a JSON object: scores, a saved filter) edited as JSON text, checked as it is typed. */
export function JsonInput({ source, validate = [] }: { source: string; validate?: Validator[] }) {
  const resource = useResourceContext();
  const { field, fieldState, isRequired } = useInput({ source, validate: [...validate, validJson] });
  const [text, setText] = useState(() => toText(field.value));
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    if (next.trim() === '') return field.onChange(null);
    try {
      const parsed: unknown = JSON.parse(next);
      field.onChange(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : next);
    } catch {
      field.onChange(next);
    }
  };
  return (
    <TextField
      name={field.name}
      value={text}
      onChange={onChange}
      onBlur={field.onBlur}
      multiline
      minRows={3}
      label={<FieldTitle source={source} resource={resource} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} />}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: '0.85rem' } } }}
    />
  );
}
