import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TierDraftState } from './useTierDraft';

interface DraftChoiceProps<T extends string> {
  draft: TierDraftState;
  path: string;
  label: string;
  value: T;
  options: readonly T[];
  /** each option's label (a message key) */
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}

/** A rule picked from a short list (basis, downgrade policy), highlighted while it differs from the rules in force. */
export function DraftChoice<T extends string>({ draft, path, label, value, options, optionLabel, onChange }: DraftChoiceProps<T>) {
  const translate = useTranslate();
  const problem = draft.problem(path);
  const reason = problem && ('server' in problem ? problem.server : translate(`crm.tiers.errors.${problem.client.key}`, problem.client.args));
  const changed = draft.isChanged(path);
  return (
    <TextField
      select
      name={path}
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value as T)}
      error={Boolean(reason)}
      helperText={reason || undefined}
      size="small"
      fullWidth
      sx={changed && !reason ? { '& .MuiOutlinedInput-notchedOutline': { borderColor: 'warning.main', borderWidth: 2 } } : undefined}
    >
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {translate(optionLabel(option))}
        </MenuItem>
      ))}
    </TextField>
  );
}
