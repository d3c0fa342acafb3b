import { Stack, Tooltip, Typography } from '@mui/material';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { maySeeSensitive } from '../auth/access';
import { useProfile } from '../auth/useProfile';

export interface SensitiveFieldProps {
  source: string;
  sensitive: 'contact' | 'identity';
}

/**
 * A confidential value (phone, ID number). For a role the server masks it for, the stars come with a lock
 * and a tooltip, so the user knows the value is hidden on purpose and not mistyped.
 */
export function SensitiveField({ source, sensitive }: SensitiveFieldProps) {
  const record = useRecordContext();
  const profile = useProfile();
  const translate = useTranslate();
  const value = record?.[source];
  if (value == null || value === '') return null;
  const masked = !maySeeSensitive(profile, sensitive);
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ alignItems: 'center', display: 'inline-flex' }}>
      <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', color: 'inherit' }}>
        {String(value)}
      </Typography>
      {masked && (
        <Tooltip title={translate('crm.auth.masked.tooltip')}>
          <LockOutlinedIcon
            aria-label={translate('crm.auth.masked.tooltip')}
            sx={{ fontSize: '0.95em', color: 'text.secondary' }}
            data-masked="true"
          />
        </Tooltip>
      )}
    </Stack>
  );
}
