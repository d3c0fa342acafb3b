import { Box, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { CrmIdentity } from '../auth/authProvider';

/** Who is signed in, at the top of the user menu: name, user name and role. */
export function UserMenuHeader() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const user = identity as CrmIdentity | undefined;
  if (!user) return null;
  return (
    <Box sx={{ px: 2, pt: 1, pb: 1.5, minWidth: 220 }} role="presentation" data-testid="user-menu-header">
      <Typography variant="subtitle2">{user.fullName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {user.username} · {translate(`enums.role.${user.role}`)}
      </Typography>
    </Box>
  );
}

// not a menu entry: keyboard focus starts on the first real item below it
UserMenuHeader.muiSkipListHighlight = true;
