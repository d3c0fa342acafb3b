import type { ResourceMeta } from '../meta/types';

/** The fields an admin added to a resource that the current role's screens show, in the admin's order. */
export function customFieldNames(resource: ResourceMeta): string[] {
  return Object.entries(resource.fields).filter(([, f]) => f.custom !== undefined).map(([name]) => name);
}
