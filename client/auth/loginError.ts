/** What the sign-in page says after a failed attempt. */
export interface LoginProblem {
  /** 'credentials': wrong user name or password; 'locked': too many failures; 'fields': a field left empty; 'unreachable': no answer */
  kind: 'credentials' | 'locked' | 'fields' | 'unreachable';
  /** the server's words (already in the user's language), or an i18n key when the server said nothing usable */
  message: string;
  /** field → reason, shown beside the inputs */
  fields: Partial<Record<'username' | 'password', string>>;
}

interface ServerAnswer {
  status?: unknown;
  message?: unknown;
  body?: { message?: unknown; errors?: Record<string, unknown> } | null;
}

/** The server's reasons are written to follow a field's name ("is required"); alone in a message they start a sentence. */
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().charAt(0).toUpperCase() + v.trim().slice(1) : undefined;

/**
 * Reads react-admin's HttpError from POST /api/auth/login: 401 names the password, 429 the user name (with
 * the minutes to wait), 400 the fields left empty. Anything else means the server could not be reached.
 */
export function loginProblem(error: unknown): LoginProblem {
  const answer = (typeof error === 'object' && error !== null ? error : {}) as ServerAnswer;
  const errors = answer.body?.errors ?? {};
  const username = text(errors.username);
  const password = text(errors.password);
  switch (answer.status) {
    case 401:
      return { kind: 'credentials', message: password ?? 'crm.auth.login.wrong_credentials', fields: {} };
    case 429:
      return { kind: 'locked', message: username ?? text(answer.body?.message) ?? 'crm.auth.login.locked', fields: {} };
    case 400:
      return {
        kind: 'fields',
        message: text(answer.body?.message) ?? 'crm.auth.login.check_fields',
        fields: { ...(username && { username }), ...(password && { password }) },
      };
    default:
      return { kind: 'unreachable', message: 'crm.auth.login.unreachable', fields: {} };
  }
}
