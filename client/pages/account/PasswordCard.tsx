import { useState } from 'react';
import { Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { Form, PasswordInput, SaveButton, useNotify, useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { useChangePassword } from './useAccount';
import { errorMessage, fieldErrors } from './fieldErrors';
import { passwordErrors, type PasswordValues } from './passwordRules';

/**
 * Current, new and repeated password. A wrong current password is said beside that field; on success the
 * form empties and the user is told their other sessions were signed out (the server ends them).
 */
export function PasswordCard() {
  const translate = useTranslate();
  const notify = useNotify();
  const change = useChangePassword();
  const [round, setRound] = useState(0);
  // the server's minimum, as /api/meta declares it for a user's password; the server checks it again
  const min = useResourceMeta('users').fields.password?.minLength ?? 8;

  const submit = async (values: PasswordValues) => {
    try {
      await change.mutateAsync({ current_password: values.current_password ?? '', new_password: values.new_password ?? '' });
      notify('crm.auth.password.changed', { type: 'success' });
      setRound((r) => r + 1);
      return undefined;
    } catch (error) {
      const errors = fieldErrors(error);
      if (Object.keys(errors).length > 0) return errors;
      notify(errorMessage(error), { type: 'error' });
      return undefined;
    }
  };

  return (
    <Card sx={{ height: '100%' }}>
      <CardHeader
        avatar={<KeyIcon color="primary" />}
        title={translate('crm.auth.password.title')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('crm.auth.password.hint', { min })}
        </Typography>
        <Form key={round} onSubmit={submit} validate={(values) => passwordErrors(values, min)} noValidate>
          <Stack sx={{ maxWidth: 420 }}>
            <PasswordInput source="current_password" label="crm.auth.password.current" autoComplete="current-password" />
            <PasswordInput source="new_password" label="crm.auth.password.new" autoComplete="new-password" />
            <PasswordInput source="repeat_password" label="crm.auth.password.repeat" autoComplete="new-password" />
            <Stack direction="row" sx={{ mt: 1 }}>
              <SaveButton label="crm.auth.password.submit" icon={<KeyIcon />} variant="contained" />
            </Stack>
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
}
