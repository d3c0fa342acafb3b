import { Box, Button, IconButton, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { mayAccess } from '../../../auth/access';
import { useProfile } from '../../../auth/useProfile';
import { FIRST_YEAR, LAST_YEAR } from './planMath';

interface PlanToolbarProps {
  year: number;
  thisYear: number;
  onYear: (year: number) => void;
}

/** The year being planned, a step to the year before or after (and back to this one), and a new event for those who may add one. */
export function PlanToolbar({ year, thisYear, onYear }: PlanToolbarProps) {
  const translate = useTranslate();
  const canCreate = mayAccess(useProfile() ?? null, { action: 'create', resource: 'events' });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Tooltip title={translate('crm.plan.year.previous')} describeChild>
          <span>
            <IconButton onClick={() => onYear(year - 1)} disabled={year <= FIRST_YEAR} aria-label={translate('crm.plan.year.previous')}>
              <ChevronLeftIcon />
            </IconButton>
          </span>
        </Tooltip>
        <Typography variant="h5" component="h1" sx={{ px: 0.5, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="plan-year">
          {translate('crm.plan.year.label', { year })}
        </Typography>
        <Tooltip title={translate('crm.plan.year.next')} describeChild>
          <span>
            <IconButton onClick={() => onYear(year + 1)} disabled={year >= LAST_YEAR} aria-label={translate('crm.plan.year.next')}>
              <ChevronRightIcon />
            </IconButton>
          </span>
        </Tooltip>
        {year !== thisYear && (
          <Button size="small" onClick={() => onYear(thisYear)} sx={{ ml: 0.5 }}>
            {translate('crm.plan.year.this_year')}
          </Button>
        )}
      </Box>
      {canCreate && (
        <Button component={Link} to="/events/create" variant="contained" startIcon={<AddIcon />} sx={{ ml: 'auto' }}>
          {translate('crm.plan.new_event')}
        </Button>
      )}
    </Box>
  );
}
