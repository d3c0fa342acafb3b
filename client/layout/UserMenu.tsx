import { Divider } from '@mui/material';
import { Logout, UserMenu as RaUserMenu } from 'react-admin';
import { AccountMenuItem } from './AccountMenuItem';
import { UserMenuHeader } from './UserMenuHeader';

/** The signed-in user's name in the app bar; opens to their role, "My account" and sign-out. */
export function UserMenu() {
  return (
    <RaUserMenu>
      <UserMenuHeader />
      <Divider sx={{ my: 0.5 }} />
      <AccountMenuItem />
      <Logout />
    </RaUserMenu>
  );
}
