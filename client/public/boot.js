// Starts the two requests every screen waits for (the field metadata and who is signed in) while the app's own
// code is still downloading and compiling; the app takes each answer once (client/meta/bootRequests.ts).
window.__crmBoot = {
  meta: fetch('/api/meta', { headers: { Accept: 'application/json' } }),
  me: fetch('/api/auth/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' }),
};
