import type { EventChoice, EventComparison, EventDrill, EventMeasure, EventScore } from '../../../../server/domain/analytics/eventComparisonTypes';

export type { EventChoice, EventComparison, EventDrill, EventMeasure, EventScore };

/** At most this many events side by side (the server's limit). */
export const MAX_EVENTS = 8;

/** The China calendar day an event starts on (start_at is an instant). */
export const chinaDayOf = (instant: string): string => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

/** `ids` from the address: whole numbers, comma-separated, at most MAX_EVENTS; anything else reads as none. */
export function idsParam(raw: string | null): string | undefined {
  if (!raw) return undefined;
  const ids = raw.split(',').filter((p) => /^\d{1,12}$/.test(p));
  return ids.length ? ids.slice(0, MAX_EVENTS).join(',') : undefined;
}
