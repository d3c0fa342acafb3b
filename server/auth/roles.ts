/**
 * Who may do what. Resource access lives in each resource definition (`access`); this file holds the
 * roles, the rights that are not tied to one resource, and which roles see only their own customers.
 */
export const ROLES = ['admin', 'cs_manager', 'cs_specialist', 'sales_consultant'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type Action = (typeof ACTIONS)[number];

export const RIGHTS = [
  'bulk_update', // change many records in one request
  'bulk_delete', // delete many records in one request
  'audit', // read the whole audit trail
  'unmask_contact', // see full phone numbers
  'unmask_identity', // see ID numbers
  'export',
  'import',
  'reports',
  'approve', // approve plans and events
  'merge_customers', // merge duplicate customers and judge pairs not to be duplicates
] as const;
export type Right = (typeof RIGHTS)[number];

export const rightsOf: Record<Role, readonly Right[]> = {
  admin: RIGHTS,
  cs_manager: RIGHTS,
  cs_specialist: ['bulk_update', 'unmask_contact', 'export', 'merge_customers'],
  sales_consultant: ['export'],
};

/** Roles whose every customer-data query is narrowed to the customers they own. */
export const ownCustomersOnly: readonly Role[] = ['sales_consultant'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is asking: the signed-in user (cookie session) or the owner of an API token. */
export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  department: string | null;
}

export function hasRight(actor: Actor, right: Right): boolean {
  return rightsOf[actor.role].includes(right);
}
