import type { ChangeEvent } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useResourceContext, type Validator } from 'react-admin';

const FALLBACK = '#9e9e9e';
const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * A colour (#RRGGBB): typed as a code, or picked with the browser's colour picker from the swatch in front of it.
 * Empty means no colour (a lookup's chip then shows plain).
 */
export function ColorInput({ source, validate = [] }: { source: string; validate?: Validator[] }) {
  const resource = useResourceContext();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const value = typeof field.value === 'string' ? field.value : '';
  const onText = (event: ChangeEvent<HTMLInputElement>) => field.onChange(event.target.value === '' ? null : event.target.value);
  const onPick = (event: ChangeEvent<HTMLInputElement>) => field.onChange(event.target.value);
  return (
    <TextField
      name={field.name}
      value={value}
      onChange={onText}
      onBlur={field.onBlur}
      placeholder="#4fc3f7"
      label={<FieldTitle source={source} resource={resource} isRequired={isRequired} />}
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} />}
      slotProps={{
        htmlInput: { spellCheck: false, maxLength: 7 },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <input
                type="color"
                aria-label={String(source)}
                value={HEX.test(value) ? value.toLowerCase() : FALLBACK}
                onChange={onPick}
                style={{ width: 28, height: 28, padding: 0, border: 'none', background: 'none', cursor: 'pointer' }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
