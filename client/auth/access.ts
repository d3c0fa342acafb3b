import type { Action } from '../../server/auth/roles';
import type { Profile } from './session';

/** react-admin's actions in the server's words; the server's own words are accepted as they are. */
const SERVER_ACTION: Record<string, Action> = {
  list: 'read',
  show: 'read',
  export: 'read',
  read: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  update: 'update',
  delete: 'delete',
};

/**
 * Lists that need more than the right to read the resource. The API still answers these roles (owner
 * names, one record's history), so only the screen that lists everything is held back.
 */
const LIST_ALSO_NEEDS: Record<string, (profile: Profile) => boolean> = {
  // the whole audit trail is for those with the audit right; others see a record's history on its page
  audit_log: (profile) => profile.rights.includes('audit'),
  // a consultant who works only their own customers reads colleagues' names where shown, not a staff directory
  users: (profile) => profile.scope === 'all',
};

export interface AccessQuery {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

/**
 * Whether the screen may offer an action, from the profile the server sent at sign-in. It mirrors the
 * server's rules so nobody is shown a button that would end in a 403; the server still decides.
 */
export function mayAccess(profile: Profile | null, { action, resource, record }: AccessQuery): boolean {
  if (!profile) return false;
  const serverAction = SERVER_ACTION[action];
  if (!serverAction || !profile.access[resource]?.includes(serverAction)) return false;
  if (action === 'list' && LIST_ALSO_NEEDS[resource] && !LIST_ALSO_NEEDS[resource](profile)) return false;
  if (action === 'export' && !profile.rights.includes('export')) return false;
  if (record && (serverAction === 'update' || serverAction === 'delete') && !ownsIfScoped(profile, resource, record)) return false;
  return true;
}

/** A consultant limited to their own customers may change only a customer they own. */
function ownsIfScoped(profile: Profile, resource: string, record: Record<string, unknown>): boolean {
  if (profile.scope !== 'own_customers' || resource !== 'customers') return true;
  return record.owner_id === profile.user.id;
}

/** The resources whose list the profile may open, in the order given. */
export function listableResources(profile: Profile | null, resources: readonly string[]): string[] {
  return resources.filter((resource) => mayAccess(profile, { action: 'list', resource }));
}

const UNMASK_RIGHT = { contact: 'unmask_contact', identity: 'unmask_identity' } as const;

/**
 * Whether the server sends this kind of confidential value in full to the profile's role; when not, every
 * value of such a field arrives masked ("138****5678").
 */
export function maySeeSensitive(profile: Profile | null | undefined, sensitive: 'contact' | 'identity'): boolean {
  return profile?.rights.includes(UNMASK_RIGHT[sensitive]) ?? false;
}
