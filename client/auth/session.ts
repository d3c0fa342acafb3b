import type { Profile } from '../../server/auth/profile';

export type { Profile };

/**
 * The signed-in user's profile, kept outside React: the http client needs its CSRF token on every write and
 * the auth provider answers canAccess from it without a request. Filled from GET /api/auth/me once per page
 * load, replaced by the answer of a sign-in, emptied on sign-out or when the server says the session is gone.
 */
let current: Profile | null = null;
let pending: Promise<Profile | null> | null = null;
/** bumped by every sign-in and sign-out, so a late answer from before it cannot bring an old profile back */
let generation = 0;
/**
 * When the server last said nobody is signed in. The sign-in page asks several times in a row (route guard,
 * menu, permissions); the answer is reused for a moment rather than asked again each time.
 */
let signedOutAt = 0;
const SIGNED_OUT_REUSE_MS = 2000;

export function currentProfile(): Profile | null {
  return current;
}

export function setProfile(profile: Profile): void {
  current = profile;
  pending = null;
  generation += 1;
  signedOutAt = 0;
}

export function clearProfile(): void {
  current = null;
  pending = null;
  generation += 1;
  signedOutAt = 0;
}

/** The token the server wants in `X-CSRF-Token` on cookie-signed writes; null before sign-in. */
export function csrfToken(): string | null {
  return current?.csrfToken ?? null;
}

/**
 * The profile, asking the server only when none is known; concurrent callers share one request.
 * `fetchMe` answers null when nobody is signed in.
 */
export function loadProfile(fetchMe: () => Promise<Profile | null>): Promise<Profile | null> {
  if (current) return Promise.resolve(current);
  if (Date.now() - signedOutAt < SIGNED_OUT_REUSE_MS) return Promise.resolve(null);
  const asked = generation;
  pending ??= fetchMe().then(
    (profile) => {
      if (asked !== generation) return current;
      current = profile;
      pending = null;
      if (!profile) signedOutAt = Date.now();
      return profile;
    },
    (error: unknown) => {
      if (asked === generation) pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * Set when the server ended a session the page still held (idle timeout, password changed elsewhere), so the
 * sign-in page can say why the user is there; forgotten at the next sign-in.
 */
let sessionEnded = false;

export function markSessionEnded(): void {
  sessionEnded = true;
}

export function sessionWasEnded(): boolean {
  return sessionEnded;
}

export function forgetSessionEnded(): void {
  sessionEnded = false;
}
