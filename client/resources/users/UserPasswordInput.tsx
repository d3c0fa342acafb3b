import { Box, Divider, Typography } from '@mui/material';
import { PasswordInput, required, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { validatorsFor } from '../generic/inputFor';

/**
 * The sign-in password an administrator sets: needed for a new user; on an existing one, empty keeps the
 * current password and a new one signs that user out everywhere. Never filled in: the server does not send it.
 */
export function UserPasswordInput({ mode }: { mode: 'create' | 'edit' }) {
  const translate = useTranslate();
  const field = useResourceMeta('users').fields.password;
  if (!field) return null;
  const min = field.minLength ?? 8;
  const validate = mode === 'create' ? [required(), ...validatorsFor(field)] : validatorsFor(field);
  return (
    <Box sx={{ width: '100%', maxWidth: 960 }}>
      <Divider sx={{ my: 1.5 }} />
      <Typography variant="subtitle2" color="primary" component="h3">
        {translate('crm.auth.users.password_section')}
      </Typography>
      <Box sx={{ maxWidth: { md: 472 } }}>
        <PasswordInput
          source="password"
          label={mode === 'create' ? 'resources.users.fields.password' : 'crm.auth.users.new_password'}
          validate={validate}
          autoComplete="new-password"
          helperText={translate(mode === 'create' ? 'crm.auth.users.password_create_helper' : 'crm.auth.users.password_edit_helper', { min })}
        />
      </Box>
    </Box>
  );
}
