/** Below this mean (of 5) an item's month is shown as a warning. */
export const LOW_AVERAGE = 4;

/** A mean score as shown in the table: two decimals, or a dash when nobody rated the item that month. */
export const formatAverage = (v: number | null): string => (v == null ? '–' : v.toFixed(2));

/** A CSAT share (0–1) as a whole-ish percentage. */
export const formatCsat = (v: number | null): string => (v == null ? '–' : `${Math.round(v * 1000) / 10}%`);

export const isLow = (v: number | null): boolean => v != null && v < LOW_AVERAGE;

