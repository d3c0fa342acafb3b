import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useCheckAuth, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { LoginBrand } from './LoginBrand';
import { LoginForm } from './LoginForm';
import { LoginLocaleSwitch } from './LoginLocaleSwitch';
import { sessionWasEnded } from './session';

/** The only page open without signing in: product name, language switch and the sign-in form. */
export function LoginPage() {
  const translate = useTranslate();
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const [ended] = useState(sessionWasEnded);

  // someone already signed in (another tab, the back button) goes straight to the app
  useEffect(() => {
    checkAuth({}, false).then(() => navigate('/'), () => undefined);
  }, [checkAuth, navigate]);

  return (
    <Box
      component="main"
      sx={(theme) => ({
        minHeight: '100dvh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        px: 2,
        py: 4,
        boxSizing: 'border-box',
        bgcolor: 'background.default',
        backgroundImage: `radial-gradient(circle at 15% 10%, ${alpha(theme.palette.primary.main, 0.16)}, transparent 45%),
          radial-gradient(circle at 90% 95%, ${alpha(theme.palette.secondary.main, 0.1)}, transparent 40%)`,
      })}
    >
      <Card variant="elevation" elevation={3} sx={{ width: '100%', maxWidth: 420, borderRadius: 3 }}>
        <CardContent sx={{ p: { xs: 3, sm: 4 }, '&:last-child': { pb: { xs: 3, sm: 4 } } }}>
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', mb: 2 }}>
            <LoginLocaleSwitch />
          </Stack>
          <LoginBrand />
          {ended && (
            <Alert severity="info" sx={{ mt: 2.5 }}>
              {translate('crm.auth.login.session_ended')}
            </Alert>
          )}
          <LoginForm />
        </CardContent>
      </Card>
      <Typography variant="caption" color="text.secondary" sx={{ mt: 3, textAlign: 'center', maxWidth: 420 }}>
        {translate('crm.auth.login.footer')}
      </Typography>
    </Box>
  );
}
