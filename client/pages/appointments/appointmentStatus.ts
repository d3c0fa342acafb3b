/**
 * How the calendar shows an appointment's status, and which buttons it offers next. The server holds the flow
 * (server/domain/appointments/rules.ts); this only decides what to offer, so a refused click never happens.
 */
export type AppointmentStatus = 'scheduled' | 'reminded' | 'arrived' | 'no_show' | 'cancelled';

export const STATUS_COLORS: Record<AppointmentStatus, string> = {
  scheduled: '#1976d2',
  reminded: '#7b1fa2',
  arrived: '#2e7d32',
  no_show: '#d32f2f',
  cancelled: '#9e9e9e',
};

const NEXT: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  scheduled: ['reminded', 'arrived', 'no_show', 'cancelled'],
  reminded: ['arrived', 'no_show', 'cancelled'],
  arrived: [],
  no_show: [],
  cancelled: [],
};

const isStatus = (s: string): s is AppointmentStatus => Object.hasOwn(NEXT, s);

/** The statuses a click may move it to now: a no-show only once its time has come. */
export function nextStatuses(status: string, scheduledAt: string, now: Date = new Date()): AppointmentStatus[] {
  if (!isStatus(status)) return [];
  return NEXT[status].filter((s) => s !== 'no_show' || Date.parse(scheduledAt) <= now.getTime());
}

export const colorOf = (status: string): string => (isStatus(status) ? STATUS_COLORS[status] : STATUS_COLORS.scheduled);

/** A booking can be dragged only while it still holds its slot and is yet to happen. */
export const movable = (status: string): boolean => status === 'scheduled' || status === 'reminded';
