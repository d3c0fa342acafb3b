import { Checkbox, ListItemText, MenuItem, TextField } from '@mui/material';
import { useLocaleState } from 'react-admin';

export interface AudienceOption<T extends string | number> {
  id: T;
  name: string;
}

export interface AudienceMultiSelectProps<T extends string | number> {
  label: string;
  value: readonly T[];
  options: readonly AudienceOption<T>[];
  onChange: (value: T[]) => void;
  /** the server's reason for this condition, already in words */
  error?: string;
  helperText?: string;
  testId: string;
}

/** One condition of the audience builder: any of several values, an empty choice meaning "any". */
export function AudienceMultiSelect<T extends string | number>({ label, value, options, onChange, error, helperText, testId }: AudienceMultiSelectProps<T>) {
  const [locale] = useLocaleState();
  const names = new Map(options.map((o) => [o.id, o.name]));
  const separator = locale === 'en' ? ', ' : '、';
  return (
    <TextField
      select
      fullWidth
      size="small"
      label={label}
      value={value}
      onChange={(e) => {
        const picked = e.target.value as unknown as T[] | string;
        // MUI hands back the ids as given; a string only comes from browser autofill
        onChange(typeof picked === 'string' ? [] : picked);
      }}
      error={Boolean(error)}
      helperText={error || helperText}
      slotProps={{
        select: { multiple: true, renderValue: (selected) => (selected as T[]).map((v) => names.get(v) ?? String(v)).join(separator) },
        htmlInput: { 'data-testid': testId },
      }}
    >
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id} dense>
          <Checkbox size="small" checked={value.includes(o.id)} sx={{ py: 0 }} />
          <ListItemText primary={o.name} />
        </MenuItem>
      ))}
    </TextField>
  );
}
