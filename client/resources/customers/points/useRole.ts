import { useProfile } from '../../../auth/useProfile';

/** The signed-in user's role; undefined while the profile loads. */
export function useRole() {
  return useProfile()?.user.role;
}
