import type { Profile } from '../../auth/session';

/** cs_manager or admin: who may run the reminder and churn sweeps by hand (the server checks too). */
export const isManagerProfile = (profile: Profile | null | undefined): boolean =>
  profile?.user.role === 'cs_manager' || profile?.user.role === 'admin';
