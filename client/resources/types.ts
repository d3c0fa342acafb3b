import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';

/** What each resource folder's index.ts exports, spread into <Resource>. */
export interface ScreenSet {
  list: ComponentType;
  show: ComponentType;
  /** absent for read-only resources (the audit trail): react-admin then offers no create or edit route */
  edit?: ComponentType;
  create?: ComponentType;
  icon: ComponentType;
  /** the columns its list shows, reused by related tables on other pages */
  listColumns?: readonly string[];
  /** how the record is named elsewhere; App derives it from the meta `title` when absent */
  recordRepresentation?: ResourceProps['recordRepresentation'];
}
