import { AppBar as RaAppBar } from 'react-admin';
import { UserMenu } from './UserMenu';

/** react-admin's app bar (page title, locale switch, light/dark, refresh, the user's menu) in our primary colour. */
export function AppBar() {
  return <RaAppBar color="primary" userMenu={<UserMenu />} />;
}
