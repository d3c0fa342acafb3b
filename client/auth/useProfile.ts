import { usePermissions } from 'react-admin';
import type { Profile } from './session';

/** The signed-in user's profile (react-admin's permissions); undefined while it loads. */
export function useProfile(): Profile | undefined {
  return usePermissions<Profile>().permissions;
}
