import type { Role } from '../../server/auth/roles';
import type { FieldMeta, Meta, ResourceMeta } from './types';

/**
 * The metadata as one role's screens use it: custom fields the admin hid from the screens or kept from the role
 * are left out (the server leaves them out of the records too), and those the role may read but not change are
 * read-only, so forms, filters, columns, bulk edit and export offer exactly what the role may use.
 */
function fieldForRole(field: FieldMeta, role: Role | null): FieldMeta | null {
  const custom = field.custom;
  if (!custom) return field;
  if (custom.hidden) return null;
  if (custom.readRoles && (!role || !custom.readRoles.includes(role))) return null;
  if (custom.editRoles && (!role || !custom.editRoles.includes(role))) return { ...field, readOnly: true };
  return field;
}

function resourceForRole(resource: ResourceMeta, role: Role | null): ResourceMeta {
  if (!Object.values(resource.fields).some((f) => f.custom)) return resource;
  const fields: Record<string, FieldMeta> = {};
  for (const [name, field] of Object.entries(resource.fields)) {
    const shown = fieldForRole(field, role);
    if (shown) fields[name] = shown;
  }
  return { ...resource, fields };
}

export function metaForRole(meta: Meta, role: Role | null): Meta {
  const resources = Object.fromEntries(Object.entries(meta.resources).map(([name, r]) => [name, resourceForRole(r, role)]));
  return { ...meta, resources };
}
