import { Box, Button, Checkbox, FormControl, FormControlLabel, InputLabel, ListItemText, MenuItem, Select, Switch, useTheme } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { EVENT_STATUSES, type CalendarParams } from './calendarParams';
import { statusTone } from './calendarSx';

interface CalendarFiltersProps {
  params: CalendarParams;
  onChange: (patch: Partial<CalendarParams>) => void;
  /** the tasks toggle is offered only to those who may read tasks */
  mayShowTasks: boolean;
  /** the new-event button, for those who may create events */
  createPath: string | null;
}

/** Whose events, which statuses, tasks or not; and a new event. */
export function CalendarFilters({ params, onChange, mayShowTasks, createPath }: CalendarFiltersProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const statusLabel = (s: string) => translate(`enums.event_status.${s}`, { _: s });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 2, rowGap: 1, mb: 1.5 }}>
      <FormControl sx={{ width: { xs: '100%', sm: 240 }, m: 0 }} fullWidth={false}>
        <InputLabel id="calendar-status-label" shrink>
          {translate('crm.calendar.filters.status')}
        </InputLabel>
        <Select<string[]>
          labelId="calendar-status-label"
          label={translate('crm.calendar.filters.status')}
          multiple
          displayEmpty
          notched
          value={params.statuses}
          onChange={(e) => onChange({ statuses: typeof e.target.value === 'string' ? e.target.value.split(',') : e.target.value })}
          renderValue={(selected) => (selected.length ? selected.map(statusLabel).join('、') : translate('crm.calendar.filters.all_statuses'))}
          data-testid="calendar-status"
          sx={{ bgcolor: 'background.paper' }}
        >
          {EVENT_STATUSES.map((s) => (
            <MenuItem key={s} value={s} dense>
              <Checkbox size="small" checked={params.statuses.includes(s)} sx={{ p: 0.5, mr: 1 }} />
              <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: statusTone(theme, s).main, mr: 1, flexShrink: 0 }} />
              <ListItemText primary={statusLabel(s)} />
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControlLabel
        control={<Switch size="small" checked={params.mine} onChange={(_, mine) => onChange({ mine })} />}
        label={translate('crm.calendar.filters.mine')}
        sx={{ mr: 0 }}
      />
      {mayShowTasks && (
        <FormControlLabel
          control={<Switch size="small" checked={params.tasks} onChange={(_, tasks) => onChange({ tasks })} />}
          label={translate('crm.calendar.filters.tasks')}
          sx={{ mr: 0 }}
        />
      )}
      {createPath && (
        <Button component={Link} to={createPath} variant="contained" startIcon={<AddIcon />} sx={{ ml: 'auto' }}>
          {translate('crm.calendar.new_event')}
        </Button>
      )}
    </Box>
  );
}
