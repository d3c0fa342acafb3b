/** A span of working time as hours and minutes (rounded down to the minute; the sign is dropped). */
export function hoursMinutes(ms: number): { h: number; m: number } {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

/** The chip colour of each SLA state: red breached, amber due soon, quiet otherwise. */
export const SLA_COLOR = {
  ok: 'success', due_soon: 'warning', breached: 'error', paused: 'info', met: 'default', late: 'default', none: 'default',
} as const;

/** Row highlight in lists: the complaints that need someone now. */
export const SLA_ROW_BG = { breached: 'rgba(211, 47, 47, 0.08)', due_soon: 'rgba(237, 108, 2, 0.10)' } as const;
