import { useProfile } from '../../auth/useProfile';

/** Tier rules, recalculations and the year-end expiry are the CS manager's and the admin's; others read. */
export function useCanEditTiers(): boolean {
  const role = useProfile()?.user.role;
  return role === 'cs_manager' || role === 'admin';
}
