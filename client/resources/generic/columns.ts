import { isSystemField, type FieldMeta, type Meta, type ResourceMeta } from '../../meta/types';

/** Types too long or too structured for a list cell. */
const NOT_IN_LISTS: FieldMeta['type'][] = ['text', 'json'];

/** Write-only fields (a password) are accepted by the server but never answered: nothing to show. */
const shown = (resource: ResourceMeta, name: string) => Object.hasOwn(resource.fields, name) && !resource.fields[name].writeOnly;

/**
 * The columns a list shows: the ones the resource names, else its title then its first short fields
 * (no long text, structures or confidential values), at most `max`.
 */
export function listColumns(resource: ResourceMeta, explicit?: readonly string[], max = 7): string[] {
  const fields = resource.fields;
  if (explicit) return explicit.filter((name) => shown(resource, name));
  const fits = (name: string) => {
    const f = fields[name];
    return shown(resource, name) && !isSystemField(name) && !NOT_IN_LISTS.includes(f.type) && !f.sensitive;
  };
  const names = Object.keys(fields).filter(fits);
  const title = fits(resource.title) ? [resource.title] : [];
  return [...title, ...names.filter((n) => n !== resource.title)].slice(0, max);
}

/**
 * The fields a person types into: everything but what the server maintains. Write-only fields (a password)
 * are left to the resource's own form, which knows how to ask for them.
 */
export function formFields(resource: ResourceMeta): string[] {
  return Object.entries(resource.fields)
    .filter(([name, f]) => !f.readOnly && !f.writeOnly && !isSystemField(name))
    .map(([name]) => name);
}

/** The fields of a record's detail page: its own fields, then when it was created and last changed. */
export function showFields(resource: ResourceMeta): string[] {
  const own = Object.keys(resource.fields).filter((name) => !isSystemField(name) && shown(resource, name));
  return [...own, 'created_at', 'updated_at'].filter((name) => Object.hasOwn(resource.fields, name));
}

/** Field types that make a useful filter input. */
const FILTER_TYPES: FieldMeta['type'][] = ['enum', 'lookup', 'reference', 'boolean', 'date', 'datetime'];

/** An admin's field is also filtered by amount (from/to) and by a value of its multiple choice. */
const CUSTOM_FILTER_TYPES: FieldMeta['type'][] = [...FILTER_TYPES, 'number', 'money', 'integer', 'json'];

export function filterFields(resource: ResourceMeta): string[] {
  return Object.entries(resource.fields)
    .filter(([name, f]) => f.filterable && !isSystemField(name) && (f.custom ? CUSTOM_FILTER_TYPES : FILTER_TYPES).includes(f.type))
    .map(([name]) => name);
}

/** The filterable fields an admin added (settings → custom fields), for screens that list their own filters. */
export function customFilterFields(resource: ResourceMeta): string[] {
  return filterFields(resource).filter((name) => resource.fields[name].custom);
}

export interface Related {
  /** the resource whose records point here */
  resource: string;
  /** its field holding this record's id */
  target: string;
}

/** The resources that reference this one (one entry per resource, its first reference field), in meta order. */
export function relatedResources(meta: Meta, resource: string): Related[] {
  const out: Related[] = [];
  for (const other of Object.values(meta.resources)) {
    const target = Object.entries(other.fields).find(([, f]) => f.type === 'reference' && f.reference === resource)?.[0];
    if (target && !(other.name === resource)) out.push({ resource: other.name, target });
  }
  return out;
}

/** The default values of a new record, as the server would fill them. */
export function createDefaults(resource: ResourceMeta): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(resource.fields)
      .filter(([name, f]) => f.default !== undefined && !f.readOnly && !isSystemField(name))
      .map(([name, f]) => [name, f.default]),
  );
}
