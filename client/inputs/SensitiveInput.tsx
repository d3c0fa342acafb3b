import { InputAdornment, Tooltip } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { TextInput, useRecordContext, useTranslate, type Validator } from 'react-admin';
import { maySeeSensitive } from '../auth/access';
import { useProfile } from '../auth/useProfile';

export interface SensitiveInputProps {
  source: string;
  sensitive: 'contact' | 'identity';
  validate?: Validator[];
  type?: string;
}

/**
 * A confidential value in a form. For a role that only sees it masked, the stars stay in the input: sent back
 * unchanged they mean "keep the stored value" to the server, and typing a new value replaces it.
 */
export function SensitiveInput({ source, sensitive, validate, type }: SensitiveInputProps) {
  const record = useRecordContext();
  const profile = useProfile();
  const translate = useTranslate();
  const stored = record?.[source];
  const masked = !maySeeSensitive(profile, sensitive) && stored != null && stored !== '';
  return (
    <TextInput
      source={source}
      validate={validate}
      type={type}
      helperText={masked ? translate('crm.auth.masked.input_helper') : undefined}
      slotProps={
        masked
          ? {
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Tooltip title={translate('crm.auth.masked.tooltip')}>
                      <LockOutlinedIcon fontSize="small" sx={{ color: 'text.secondary' }} />
                    </Tooltip>
                  </InputAdornment>
                ),
              },
            }
          : undefined
      }
    />
  );
}
