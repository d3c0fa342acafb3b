import { Avatar, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useProfile } from '../../auth/useProfile';
import { useLookupLabel } from '../../lookups/useLookups';

/** Who the user is to the system: name, user name, role and department (kept by an administrator). */
export function ProfileCard() {
  const translate = useTranslate();
  const profile = useProfile();
  const department = useLookupLabel('department', profile?.user.department);
  if (!profile) return null;
  const { user } = profile;
  const rows: [string, string][] = [
    ['crm.auth.account.username', user.username],
    ['crm.auth.account.department', department || translate('crm.auth.account.no_department')],
  ];
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <Avatar sx={{ bgcolor: 'primary.main', width: 56, height: 56, fontSize: '1.5rem' }}>{user.name.slice(0, 1)}</Avatar>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="h6" component="h2">
              {user.name}
            </Typography>
            <Chip label={translate(`enums.role.${user.role}`)} color="primary" variant="outlined" sx={{ mt: 0.5 }} />
          </Box>
        </Stack>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
          {rows.map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {translate(label)}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          {translate('crm.auth.account.profile_hint')}
        </Typography>
      </CardContent>
    </Card>
  );
}
