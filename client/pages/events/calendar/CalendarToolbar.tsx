import { Box, Button, IconButton, LinearProgress, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslate } from 'react-admin';
import { CALENDAR_VIEWS, type CalendarView } from './calendarParams';

const VIEW_KEY: Record<CalendarView, string> = { dayGridMonth: 'month', timeGridWeek: 'week', listWeek: 'list' };

interface CalendarToolbarProps {
  title: string;
  view: CalendarView;
  loading: boolean;
  onView: (view: CalendarView) => void;
  onStep: (step: 'prev' | 'next' | 'today') => void;
}

/** The dates shown (back, forward, today, and their title) and the choice of month, week or list. */
export function CalendarToolbar({ title, view, loading, onView, onStep }: CalendarToolbarProps) {
  const translate = useTranslate();
  return (
    <Box sx={{ position: 'relative', px: { xs: 1, sm: 2 }, py: 1, display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
        <Tooltip title={translate('crm.calendar.previous')}>
          <IconButton size="small" onClick={() => onStep('prev')} aria-label={translate('crm.calendar.previous')}>
            <ChevronLeftIcon />
          </IconButton>
        </Tooltip>
        <Tooltip title={translate('crm.calendar.next')}>
          <IconButton size="small" onClick={() => onStep('next')} aria-label={translate('crm.calendar.next')}>
            <ChevronRightIcon />
          </IconButton>
        </Tooltip>
        <Button variant="outlined" color="inherit" onClick={() => onStep('today')} sx={{ borderColor: 'divider', mx: 0.5 }}>
          {translate('crm.calendar.today')}
        </Button>
        <Typography variant="h6" component="h2" sx={{ fontWeight: 600, ml: 0.5, fontSize: { xs: '1rem', sm: '1.25rem' }, fontVariantNumeric: 'tabular-nums' }} data-testid="calendar-title">
          {title}
        </Typography>
      </Box>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_, next: CalendarView | null) => next && onView(next)}
        sx={{ ml: 'auto', '& .MuiToggleButton-root': { textTransform: 'none', px: 1.5, py: 0.25 } }}
      >
        {CALENDAR_VIEWS.map((v) => (
          <ToggleButton key={v} value={v} data-testid={`view-${v}`}>
            {translate(`crm.calendar.views.${VIEW_KEY[v]}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {loading && <LinearProgress sx={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: 2 }} />}
    </Box>
  );
}
