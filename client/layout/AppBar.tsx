import { AppBar as RaAppBar } from 'react-admin';
import { UserMenu } from './UserMenu';

/** react-admin's app bar (page title, locale switch, light/dark, refresh, the user's menu) in our primary colour. */
export function AppBar() {
  // a long page title on a phone stops short of the locale switch instead of running under it
  return <RaAppBar color="primary" userMenu={<UserMenu />} sx={{ '& #react-admin-title': { mr: 1 } }} />;
}
