import { Box, Button, Chip, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useTranslate } from 'react-admin';
import { clockTime, type RosterEntry } from './roster';

export interface ParticipantRowProps {
  entry: RosterEntry;
  disabled: boolean;
  busy: boolean;
  onCheckIn: (entry: RosterEntry) => void;
}

/** One guest: name, phone (masked as the server gives it), how they answered, and a thumb-sized check-in button. */
export function ParticipantRow({ entry, disabled, busy, onCheckIn }: ParticipantRowProps) {
  const translate = useTranslate();
  const { participant, customer } = entry;
  const name = customer?.name ?? translate('crm.events.checkin.unknown_customer', { id: participant.customer_id });
  return (
    <Paper variant="outlined" component="li" sx={{ listStyle: 'none', display: 'flex', alignItems: 'center', gap: 1.5, p: 1.5, bgcolor: participant.attended ? 'action.hover' : undefined }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography sx={{ fontSize: '1.15rem', fontWeight: 600 }} noWrap>
          {name}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5, mt: 0.25 }}>
          {customer?.phone ? (
            <Typography variant="body2" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
              {customer.phone}
            </Typography>
          ) : null}
          <Chip size="small" variant="outlined" label={translate(`enums.rsvp.${participant.rsvp}`, { _: participant.rsvp })} />
          {participant.walk_in ? <Chip size="small" color="secondary" variant="outlined" label={translate('crm.events.checkin.status.walk_in')} /> : null}
          {participant.waitlisted ? <Chip size="small" color="warning" variant="outlined" label={translate('crm.events.checkin.status.waitlisted')} /> : null}
        </Stack>
      </Box>
      {participant.attended ? (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'success.main', flexShrink: 0 }}>
          <CheckCircleIcon />
          <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
            {translate('crm.events.checkin.signed_at', { time: clockTime(participant.checked_in_at) })}
          </Typography>
        </Stack>
      ) : (
        <Button
          variant="contained"
          size="large"
          disabled={disabled || busy}
          onClick={() => onCheckIn(entry)}
          startIcon={busy ? <CircularProgress size={20} color="inherit" /> : <HowToRegIcon />}
          sx={{ minWidth: 112, minHeight: 52, fontSize: '1.05rem', flexShrink: 0 }}
        >
          {translate('crm.events.checkin.button')}
        </Button>
      )}
    </Paper>
  );
}
