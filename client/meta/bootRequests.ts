/** The requests client/public/boot.js started before the app's code ran. */
type BootName = 'meta' | 'me';

declare global {
  interface Window {
    __crmBoot?: Partial<Record<BootName, Promise<Response>>>;
  }
}

/**
 * The early answer to one of the start-up requests, handed out once (a later sign-in or retry asks afresh);
 * null when there is none (tests, or boot.js failed to load) or the early request itself failed.
 */
export function takeBootRequest(name: BootName): Promise<Response | null> | null {
  const started = typeof window === 'undefined' ? undefined : window.__crmBoot?.[name];
  if (!started) return null;
  delete window.__crmBoot?.[name];
  return started.catch(() => null);
}
