import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import { createHttpClient } from '../dataProvider';
import { takeBootRequest } from '../meta/bootRequests';
import { mayAccess } from './access';
import { clearProfile, currentProfile, loadProfile, markSessionEnded, setProfile, forgetSessionEnded, type Profile } from './session';

export interface Credentials {
  username: string;
  password: string;
}

/** What the app bar shows of the signed-in user; `role` is translated there (`enums.role.<role>`). */
export interface CrmIdentity extends UserIdentity {
  username: string;
  role: Profile['user']['role'];
  department: string | null;
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;

/**
 * Sign-in with the server's session cookie (HttpOnly: the page never sees it). The profile the server answers
 * at sign-in, or at GET /api/auth/me after a reload, drives what each role is shown.
 */
export function createAuthProvider(getLocale: () => string): AuthProvider {
  const http = createHttpClient(getLocale);

  const fetchMe = async (): Promise<Profile | null> => {
    // the page's first check takes the answer boot.js asked for while the code loaded
    const early = await takeBootRequest('me');
    if (early && !early.ok) {
      await early.text().catch(() => ''); // read to the end, or the browser keeps the request open
      if (early.status === 401) return null;
    }
    if (early?.ok) return (await early.json()) as Profile;
    try {
      return (await http('/api/auth/me')).json as Profile;
    } catch (error) {
      if (statusOf(error) === 401) return null;
      throw error;
    }
  };

  const profile = async (): Promise<Profile> => {
    const found = await loadProfile(fetchMe);
    if (!found) throw new HttpError('unauthenticated', 401);
    return found;
  };

  return {
    /** Rejects with the server's HttpError (401 wrong credentials, 429 locked, 400 missing field): the page shows its reasons. */
    login: async ({ username, password }: Credentials) => {
      const { json } = await http('/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
      setProfile(json as Profile);
      forgetSessionEnded();
    },

    logout: async () => {
      // a session the server already ended (401) needs no request; a failed one must not keep the user in
      if (currentProfile() !== null) await http('/api/auth/logout', { method: 'POST', body: '{}' }).catch(() => undefined);
      clearProfile();
    },

    // message false: opening the app signed out leads to the sign-in page without an error toast
    checkAuth: async () => {
      if (!(await loadProfile(fetchMe))) throw { message: false };
    },

    /**
     * 401: the session is gone, sign out (the sign-in page says why; react-admin's own toast would not show,
     * as it only speaks to users still signed in). 403: signed in but not allowed; the page shows the server's message.
     */
    checkError: async (error: unknown) => {
      if (statusOf(error) !== 401) return;
      if (currentProfile() !== null) markSessionEnded();
      clearProfile();
      throw { message: false };
    },

    getIdentity: async (): Promise<CrmIdentity> => {
      const { user } = await profile();
      return { id: user.id, fullName: user.name, username: user.username, role: user.role, department: user.department };
    },

    getPermissions: async () => profile(),

    canAccess: async ({ action, resource, record }) => mayAccess(await loadProfile(fetchMe), { action, resource, record }),
  };
}
