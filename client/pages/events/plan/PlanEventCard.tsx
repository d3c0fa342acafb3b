import { Box, Card, CardActionArea, CardContent, Chip, Typography } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import StarIcon from '@mui/icons-material/StarOutline';
import PlaceIcon from '@mui/icons-material/PlaceOutlined';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { useLookupLabel } from '../../../lookups/useLookups';
import { formatInteger } from '../../../i18n/formats';
import type { PlanEvent } from './planApi';
import { eventWhen } from './planMath';
import { scoreOf } from './planResults';
import { formatRate } from '../../../resources/events/scorecardTiles';
import { PeopleCounts } from './PeopleCounts';
import { SpendBar } from './SpendBar';
import { StatusChip } from './StatusChip';

const line = { display: 'flex', alignItems: 'flex-start', gap: 0.75, color: 'text.secondary' } as const;
const icon = { fontSize: 16, mt: '2px', flexShrink: 0 } as const;

/** One event of the quarter: what, its state, when (China time) and where, who came, what it cost and, once done, how it went; opens the event. */
export function PlanEventCard({ event }: { event: PlanEvent }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const type = useLookupLabel('event_type', event.event_type);
  const cancelled = event.status === 'cancelled';
  return (
    <Card variant="outlined" sx={{ opacity: cancelled ? 0.72 : 1 }} data-testid="plan-event">
      <CardActionArea component={Link} to={`/events/${event.id}/show`} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary" component="div" noWrap>
                {type}
              </Typography>
              <Typography
                variant="subtitle2"
                component="h3"
                sx={{ lineHeight: 1.35, textDecoration: cancelled ? 'line-through' : 'none', overflowWrap: 'anywhere' }}
              >
                {event.title}
              </Typography>
            </Box>
            <Box sx={{ flexShrink: 0, '& .MuiChip-root': { height: 22, fontSize: 12 } }}>
              <StatusChip list="event_status" value={event.status} />
            </Box>
          </Box>
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }}>
            <Typography variant="caption" component="div" sx={line}>
              <EventIcon sx={icon} />
              <span>{eventWhen(event.start_at, event.end_at, locale)}</span>
            </Typography>
            <Typography variant="caption" component="div" sx={line}>
              <PlaceIcon sx={icon} />
              <span>
                {event.place ?? translate('crm.plan.event.no_place')}
                {event.capacity !== null && ` · ${translate('crm.plan.counts.capacity', { count: formatInteger(event.capacity) })}`}
              </span>
            </Typography>
          </Box>
          <PeopleCounts invited={event.invited} confirmed={event.confirmed} attended={event.attended} dense />
          <SpendBar budget={event.budget} actual={event.actual_cost} dense />
          {event.status === 'done' && <DoneLine event={event} />}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** A done event's attendance rate and satisfaction, the two figures a planner compares events by. */
function DoneLine({ event }: { event: PlanEvent }) {
  const translate = useTranslate();
  const score = scoreOf(event.results.satisfaction.average);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }} data-testid="plan-event-results">
      <Chip size="small" variant="outlined" color="success" icon={<GroupsIcon />} label={translate('crm.plan.event.attendance', { rate: formatRate(event.results.attendance_rate) })} />
      <Chip
        size="small"
        variant="outlined"
        color={score ? 'warning' : 'default'}
        icon={<StarIcon />}
        label={score ? translate('crm.plan.event.satisfaction', { score }) : translate('crm.plan.event.no_score')}
      />
    </Box>
  );
}
