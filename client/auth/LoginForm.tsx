import { useRef, useState, type FormEvent } from 'react';
import { Alert, AlertTitle, Box, Button, CircularProgress, IconButton, InputAdornment, TextField } from '@mui/material';
import PersonOutlineIcon from '@mui/icons-material/PersonOutline';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useLocaleState, useLogin, useTranslate } from 'react-admin';
import { loginProblem, type LoginProblem } from './loginError';

type Field = 'username' | 'password';

/**
 * User name and password; Enter signs in. A refusal is said in words the user can act on: which field,
 * or how long to wait after too many failures. The server's reasons come in the language of the moment,
 * so they are dropped when the user switches language.
 */
export function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const [locale] = useLocaleState();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [failure, setFailure] = useState<{ problem: LoginProblem; locale: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [visible, setVisible] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const problem = failure?.locale === locale ? failure.problem : null;

  const change = (field: Field) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
    setMissing((m) => ({ ...m, [field]: false }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const username = values.username.trim();
    const empty = { username: username === '', password: values.password === '' };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setSubmitting(true);
    setFailure(null);
    try {
      await login({ username, password: values.password });
    } catch (error) {
      const found = loginProblem(error);
      setFailure({ problem: found, locale });
      if (found.kind === 'credentials') {
        setValues((v) => ({ ...v, password: '' }));
        passwordRef.current?.focus();
      }
    } finally {
      setSubmitting(false);
    }
  };

  const helper = (field: Field) =>
    missing[field] ? translate(`crm.auth.login.${field}_required`) : problem?.fields[field];
  const wrong = problem?.kind === 'credentials';

  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ mt: 2 }}>
      {problem && (
        <Alert severity={problem.kind === 'locked' ? 'warning' : 'error'} sx={{ mb: 1.5 }}>
          {problem.kind === 'locked' && <AlertTitle>{translate('crm.auth.login.locked_title')}</AlertTitle>}
          {translate(problem.message, { _: problem.message })}
        </Alert>
      )}
      <TextField
        name="username"
        label={translate('crm.auth.login.username')}
        value={values.username}
        onChange={change('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        margin="normal"
        size="medium"
        error={Boolean(helper('username')) || wrong}
        helperText={helper('username') ?? ' '}
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><PersonOutlineIcon fontSize="small" /></InputAdornment> } }}
      />
      <TextField
        name="password"
        type={visible ? 'text' : 'password'}
        label={translate('crm.auth.login.password')}
        value={values.password}
        onChange={change('password')}
        autoComplete="current-password"
        inputRef={passwordRef}
        margin="dense"
        size="medium"
        error={Boolean(helper('password')) || wrong}
        helperText={helper('password') ?? ' '}
        slotProps={{
          input: {
            startAdornment: <InputAdornment position="start"><LockOutlinedIcon fontSize="small" /></InputAdornment>,
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  size="small"
                  onClick={() => setVisible((v) => !v)}
                  aria-label={translate(visible ? 'crm.auth.login.hide_password' : 'crm.auth.login.show_password')}
                >
                  {visible ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button
        type="submit"
        variant="contained"
        size="large"
        fullWidth
        disabled={submitting}
        startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
        sx={{ mt: 2, py: 1.1, fontSize: '1rem' }}
      >
        {translate(submitting ? 'crm.auth.login.signing_in' : 'crm.auth.sign_in')}
      </Button>
    </Box>
  );
}
