import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The product's mark and name at the top of the sign-in card (the same 客 tile as the browser tab). */
export function LoginBrand() {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Box
        aria-hidden
        sx={{
          width: 44, height: 44, borderRadius: 2, flexShrink: 0, display: 'grid', placeItems: 'center',
          bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: '1.35rem', fontWeight: 700,
        }}
      >
        客
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h6" component="h1" sx={{ lineHeight: 1.25 }}>
          {translate('crm.app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('crm.auth.login.subtitle')}
        </Typography>
      </Box>
    </Stack>
  );
}
