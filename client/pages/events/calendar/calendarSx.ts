import { alpha, type SxProps, type Theme } from '@mui/material';
import { enumColor } from '../../../fields/enumColors';
import { EVENT_STATUSES } from './calendarParams';

/** The colour of an event status, as its chip elsewhere in the app (enumColors), for a bar or a dot. */
export function statusTone(theme: Theme, status: string): { main: string; bg: string; text: string } {
  const color = enumColor('event_status', status) ?? 'default';
  const dark = theme.palette.mode === 'dark';
  if (color === 'default') {
    return { main: theme.palette.grey[500], bg: dark ? alpha(theme.palette.grey[500], 0.2) : theme.palette.grey[100], text: theme.palette.text.primary };
  }
  const p = theme.palette[color];
  return { main: p.main, bg: alpha(p.main, dark ? 0.24 : 0.13), text: dark ? p.light : p.dark };
}

/**
 * FullCalendar dressed in the app's theme: its fonts, dividers and paper; events as soft-tinted bars in their
 * status colour with a solid edge (like the status chips); cancelled ones faded and struck through; tasks as
 * quiet outlined items, overdue ones in red.
 */
export function calendarSx(theme: Theme): SxProps<Theme> {
  const statusRules = Object.fromEntries(
    EVENT_STATUSES.map((status) => {
      const tone = statusTone(theme, status);
      return [
        `& .fc-event.crm-status-${status}:not(.fc-list-event)`,
        {
          '--crm-tone': tone.main,
          backgroundColor: tone.bg,
          borderColor: 'transparent',
          borderLeftColor: tone.main,
          color: tone.text,
        },
      ];
    }),
  );
  const error = theme.palette.error;
  return {
    fontFamily: theme.typography.fontFamily,
    fontSize: '0.8125rem',
    '--fc-border-color': theme.palette.divider,
    '--fc-page-bg-color': theme.palette.background.paper,
    '--fc-neutral-bg-color': alpha(theme.palette.text.primary, 0.04),
    '--fc-today-bg-color': alpha(theme.palette.primary.main, 0.07),
    '--fc-highlight-color': alpha(theme.palette.primary.main, 0.14),
    '--fc-now-indicator-color': theme.palette.secondary.main,
    '--fc-list-event-hover-bg-color': alpha(theme.palette.primary.main, 0.06),
    '--fc-event-selected-overlay-color': alpha(theme.palette.text.primary, 0.1),
    '& .fc-scrollgrid': { borderRadius: 1, overflow: 'hidden' },
    '& .fc-col-header-cell': { backgroundColor: theme.palette.mode === 'dark' ? theme.palette.background.paper : '#eef2f3', fontWeight: 600, color: theme.palette.text.secondary, py: 0.75 },
    '& .fc-col-header-cell-cushion, & .fc-daygrid-day-number, & .fc-list-day-text, & .fc-list-day-side-text': { color: 'inherit', textDecoration: 'none' },
    '& .fc-daygrid-day-number': { fontVariantNumeric: 'tabular-nums', color: theme.palette.text.secondary, px: 1, py: 0.5 },
    '& .fc-day-other .fc-daygrid-day-number': { opacity: 0.5 },
    '& .fc-day-today .fc-daygrid-day-number': {
      color: theme.palette.primary.contrastText, backgroundColor: theme.palette.primary.main, borderRadius: 10, m: 0.5, px: 0.75, py: 0.125, fontWeight: 600,
    },
    '& .fc-daygrid-day': { cursor: 'default' },
    '& .fc-daygrid-day-frame': { minHeight: 104 },
    '& .fc-list-day-cushion': { backgroundColor: theme.palette.mode === 'dark' ? theme.palette.background.paper : '#eef2f3', fontWeight: 600 },
    '& .fc-timegrid-slot': { height: '2.2em' },
    '& .fc-timegrid-slot-label, & .fc-timegrid-axis': { color: theme.palette.text.secondary, fontVariantNumeric: 'tabular-nums' },
    '& .fc-daygrid-more-link': { color: theme.palette.primary.main, fontWeight: 500 },
    '& .fc-event': { borderRadius: '4px', borderWidth: '0 0 0 3px', borderStyle: 'solid', cursor: 'pointer', boxShadow: 'none' },
    '& .fc-event:hover': { filter: 'brightness(0.97)' },
    '& .fc-list-event': { borderLeft: 0, backgroundColor: 'transparent', color: theme.palette.text.primary },
    '& .fc-list-event td': { borderColor: theme.palette.divider },
    '& .fc-timegrid-event .fc-event-main, & .fc-daygrid-event .fc-event-main': { color: 'inherit', p: '1px 4px' },
    ...statusRules,
    ...Object.fromEntries(EVENT_STATUSES.map((s) => [`& .fc-list-event.crm-status-${s} .fc-list-event-dot`, { borderColor: statusTone(theme, s).main }])),
    '& .fc-event.crm-status-cancelled': { opacity: 0.6 },
    '& .fc-event.crm-status-cancelled .crm-item-title': { textDecoration: 'line-through' },
    '& .fc-event.crm-task:not(.fc-list-event)': {
      backgroundColor: theme.palette.background.paper,
      border: `1px dashed ${alpha(theme.palette.text.secondary, 0.45)}`,
      color: theme.palette.text.secondary,
    },
    '& .fc-list-event.crm-task': { border: 0, backgroundColor: 'transparent' },
    '& .fc-event.crm-task-done, & .fc-event.crm-task-checked': { opacity: 0.7 },
    '& .fc-event.crm-overdue:not(.fc-list-event)': { borderColor: error.main, borderStyle: 'solid', backgroundColor: alpha(error.main, 0.08), color: error.dark },
    '& .fc-list-event.crm-overdue': { backgroundColor: alpha(error.main, 0.05) },
    '& .fc-list-event.crm-task .fc-list-event-dot': { borderRadius: '2px', borderColor: theme.palette.text.disabled },
    '& .fc-list-event.crm-overdue .fc-list-event-dot': { borderColor: error.main },
    '& .fc-list-empty': { backgroundColor: 'transparent', color: theme.palette.text.secondary },
    '& .fc-highlight': { borderRadius: 1 },
  };
}
