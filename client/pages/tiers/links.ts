/** Where the page sends the manager: lists opened on the customers a what-if or a recalculation names. */

export type MoveDirection = 'up' | 'down' | 'held';

export function listPath(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

export const previewCustomersPath = (previewId: string, direction: MoveDirection) =>
  listPath('customers', { tier_preview: `${previewId}:${direction}` });

export const batchCustomersPath = (batchId: string) => listPath('customers', { tier_batch: batchId });

export const promotionGreetingsPath = () => listPath('care_touches', { touch_type: 'tier_promotion' });

export const pendingAdjustmentsPath = () => listPath('point_adjustments', { status: 'pending' });

/** `"<preview id>:<direction>"` (the customers list's tier_preview filter) split back, or null when malformed. */
export function parsePreviewFilter(value: unknown): { previewId: string; direction: MoveDirection } | null {
  if (typeof value !== 'string') return null;
  const match = /^(.+):(up|down|held)$/.exec(value);
  return match ? { previewId: match[1], direction: match[2] as MoveDirection } : null;
}
