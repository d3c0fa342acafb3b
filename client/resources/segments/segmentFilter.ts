/** A segment's saved filter as a customers list filter; anything but a JSON object counts as "no filter". */
export function segmentFilter(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return segmentFilter(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The list filter worth saving: empty values (a cleared input) left out. */
export function savedFilter(filterValues: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filterValues).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)),
  );
}

/** The customers list opened on a segment: react-admin reads `?filter=<json>` from the address. */
export function customersListLink(filter: Record<string, unknown>): string {
  return `/customers?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}
