import type { Profile } from '../../auth/session';
import type { Meta } from '../../meta/types';

/**
 * Whether the user may import into this resource: the role's `import` right (managers and admins), the right to
 * create its records, and a resource the server declares importable. Mirrors the server, which still decides.
 */
export function mayImport(profile: Profile | null | undefined, meta: Meta, resource: string): boolean {
  if (!profile || !profile.rights.includes('import')) return false;
  if (!meta.resources[resource]?.importable) return false;
  return profile.access[resource]?.includes('create') ?? false;
}

/** The resources the user may import into, in the order given. */
export function importableResources(profile: Profile | null | undefined, meta: Meta, order: readonly string[]): string[] {
  return order.filter((resource) => mayImport(profile, meta, resource));
}

/** The field whose value identifies an existing record (a customer's phone), if the resource has one. */
export function duplicateKeyOf(meta: Meta, resource: string): string | null {
  return meta.resources[resource]?.importable?.duplicateKey ?? null;
}

/** Where the wizard for a resource lives. */
export function importPath(resource?: string): string {
  return resource ? `/import/${encodeURIComponent(resource)}` : '/import';
}
