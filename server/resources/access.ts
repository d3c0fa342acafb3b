import type { Action, Role } from '../auth/roles.js';

/** Which roles may take each action on a resource. */
export type Access = Record<Action, readonly Role[]>;

const ALL: readonly Role[] = ['admin', 'cs_manager', 'cs_specialist', 'sales_consultant'];
const CS: readonly Role[] = ['admin', 'cs_manager', 'cs_specialist'];
const MANAGERS: readonly Role[] = ['admin', 'cs_manager'];
const ADMIN: readonly Role[] = ['admin'];
const NOBODY: readonly Role[] = [];

/** Customer records the CS team keeps and sales consultants may read for their own customers. */
export const csRecord: Access = { read: ALL, create: CS, update: CS, delete: CS };

/** Records a sales consultant also writes for their own customers (appointments, follow-ups). */
export const sharedRecord: Access = { read: ALL, create: ALL, update: ALL, delete: CS };

/** The CS team's own working records (plans, segments, event tasks): no sales consultants. */
export const csOnly: Access = { read: CS, create: CS, update: CS, delete: CS };

/** Rules everyone reads and managers set (tiers, gifts). */
export const managerRules: Access = { read: ALL, create: MANAGERS, update: MANAGERS, delete: MANAGERS };

/** Settings everyone reads and only an admin changes (users, lookups). */
export const adminSettings: Access = { read: ALL, create: ADMIN, update: ADMIN, delete: ADMIN };

/** Written by the server alone. Reading is narrowed further by the service (the audit trail). */
export const readOnly: Access = { read: ALL, create: NOBODY, update: NOBODY, delete: NOBODY };

export const roleGroups = { ALL, CS, MANAGERS, ADMIN, NOBODY };

/** cs_manager or admin: who sets rules, approves events and adjustments, and runs recalculations. */
export function isManager(role: Role): boolean {
  return MANAGERS.includes(role);
}
