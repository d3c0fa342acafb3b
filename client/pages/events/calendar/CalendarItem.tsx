import { Box, Typography } from '@mui/material';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useTranslate } from 'react-admin';
import type { EventContentArg } from '@fullcalendar/core';
import { StatusChip } from '../plan/StatusChip';
import type { ItemProps } from './calendarItems';

const oneLine = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 } as const;

function TaskIcon({ props }: { props: Extract<ItemProps, { kind: 'task' }> }) {
  const sx = { fontSize: 14, flexShrink: 0 };
  if (props.overdue) return <ErrorOutlineIcon sx={sx} />;
  return props.record.status === 'done' || props.record.status === 'checked' ? <TaskAltIcon sx={sx} /> : <RadioButtonUncheckedIcon sx={sx} />;
}

/**
 * One item on the calendar: an event's time and title (in the list, also its status and place), or a task
 * with its state icon (in the list, also the event it belongs to and "overdue").
 */
export function CalendarItem({ arg }: { arg: EventContentArg }) {
  const translate = useTranslate();
  const props = arg.event.extendedProps as ItemProps;
  const inList = arg.view.type.startsWith('list');
  const inGrid = arg.view.type.startsWith('timeGrid') && !arg.event.allDay;

  if (props.kind === 'task') {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: inList ? 'wrap' : 'nowrap', gap: 0.5, minWidth: 0 }} data-testid={`task-${props.record.id}`}>
        <TaskIcon props={props} />
        <Box component="span" className="crm-item-title" sx={inList ? undefined : oneLine}>
          {arg.event.title}
        </Box>
        {inList && props.eventTitle && (
          <Typography component="span" variant="caption" color="text.secondary">
            · {props.eventTitle}
          </Typography>
        )}
        {inList && props.overdue && (
          <Typography component="span" variant="caption" sx={{ color: 'error.main', fontWeight: 600, flexShrink: 0 }}>
            {translate('crm.calendar.overdue')}
          </Typography>
        )}
      </Box>
    );
  }

  const { record } = props;
  if (inList) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.25 }} data-testid={`event-${record.id}`}>
        <Box component="span" className="crm-item-title" sx={{ fontWeight: 500 }}>
          {arg.event.title}
        </Box>
        <StatusChip list="event_status" value={record.status} />
        {record.place && (
          <Typography component="span" variant="caption" color="text.secondary">
            {record.place}
          </Typography>
        )}
      </Box>
    );
  }
  return (
    <Box
      sx={{ display: 'flex', flexDirection: inGrid ? 'column' : 'row', gap: inGrid ? 0 : 0.5, minWidth: 0, overflow: 'hidden', lineHeight: 1.35 }}
      data-testid={`event-${record.id}`}
    >
      {arg.timeText && !arg.event.allDay && (
        <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums', opacity: 0.85, flexShrink: 0 }}>
          {arg.timeText}
        </Box>
      )}
      <Box component="span" className="crm-item-title" sx={{ ...(inGrid ? { overflow: 'hidden' } : oneLine), fontWeight: 600 }}>
        {arg.event.title}
      </Box>
      {inGrid && record.place && (
        <Box component="span" sx={{ ...oneLine, opacity: 0.8 }}>
          {record.place}
        </Box>
      )}
    </Box>
  );
}
