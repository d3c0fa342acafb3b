import type { ReactNode } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TierDraftState } from './useTierDraft';

interface DraftFieldProps {
  draft: TierDraftState;
  /** the field's path in the request, where its reasons are filed (`tiers.2.threshold_points`) */
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  numeric?: boolean;
  multiline?: boolean;
  unit?: ReactNode;
  /** a sign before the value (× for a multiplier) */
  prefix?: ReactNode;
  hint?: string;
}

/**
 * One editable value of the draft: its reason beside it (the page's own check, else the server's), and a
 * highlighted outline while it differs from the rules in force.
 */
export function DraftField({ draft, path, label, value, onChange, numeric, multiline, unit, prefix, hint }: DraftFieldProps) {
  const translate = useTranslate();
  const problem = draft.problem(path);
  const reason = problem && ('client' in problem ? translate(`crm.tiers.errors.${problem.client.key}`, problem.client.args) : problem.server);
  const changed = draft.isChanged(path);
  return (
    <TextField
      name={path}
      label={translate(label)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(reason)}
      helperText={reason || hint || undefined}
      size="small"
      fullWidth
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      maxRows={multiline ? 6 : undefined}
      sx={changed && !reason ? { '& .MuiOutlinedInput-notchedOutline': { borderColor: 'warning.main', borderWidth: 2 } } : undefined}
      slotProps={{
        htmlInput: numeric ? { inputMode: 'decimal', 'data-changed': changed || undefined } : { 'data-changed': changed || undefined },
        input: {
          ...(unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : {}),
          ...(prefix ? { startAdornment: <InputAdornment position="start">{prefix}</InputAdornment> } : {}),
        },
      }}
    />
  );
}
