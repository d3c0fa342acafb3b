import { AppBar as RaAppBar } from 'react-admin';

/** react-admin's app bar (page title, locale switch, light/dark, refresh) in our primary colour. */
export function AppBar() {
  return <RaAppBar color="primary" />;
}
