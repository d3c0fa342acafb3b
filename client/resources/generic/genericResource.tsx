import type { ComponentType } from 'react';
import type { ScreenSet } from '../types';
import type { Related } from './columns';
import { GenericCreate } from './GenericCreate';
import { GenericEdit } from './GenericEdit';
import { GenericList } from './GenericList';
import { GenericShow } from './GenericShow';

export interface GenericOptions {
  icon: ComponentType;
  /** list columns in order (default: title, then the first short fields) */
  listColumns?: readonly string[];
  /** filters shown without "add filter" */
  alwaysOnFilters?: readonly string[];
  /** the list's first order (default: the meta `defaultSort`) */
  sort?: { field: string; order: 'ASC' | 'DESC' };
  /** related lists on the detail page (default: every resource that references this one) */
  related?: readonly Related[];
  recordRepresentation?: ScreenSet['recordRepresentation'];
}

/** The screen set of a resource whose screens are generated from /api/meta. */
export function genericResource({ icon, listColumns, alwaysOnFilters, sort, related, recordRepresentation }: GenericOptions): ScreenSet {
  const list = () => <GenericList columns={listColumns} alwaysOnFilters={alwaysOnFilters} sort={sort} />;
  const show = () => <GenericShow related={related} />;
  return { list, show, edit: GenericEdit, create: GenericCreate, icon, listColumns, recordRepresentation };
}
