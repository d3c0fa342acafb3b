import { useMemo, useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ParticipantRow } from './ParticipantRow';
import { searchRoster, type RosterEntry } from './roster';

const PAGE = 50;

export interface ParticipantListProps {
  entries: readonly RosterEntry[];
  query: string;
  disabled: boolean;
  busy: string | null;
  onCheckIn: (entry: RosterEntry) => void;
}

/** The guests the query names, those still to come first; fifty at a time, since the desk searches rather than scrolls. */
export function ParticipantList({ entries, query, disabled, busy, onCheckIn }: ParticipantListProps) {
  const translate = useTranslate();
  const [shown, setShown] = useState(PAGE);
  const found = useMemo(() => searchRoster(entries, query), [entries, query]);
  if (!entries.length) return <Alert severity="info">{translate('crm.events.checkin.empty')}</Alert>;
  if (!found.length) return <Alert severity="warning">{translate('crm.events.checkin.no_match', { query: query.trim() })}</Alert>;
  const rest = found.length - shown;
  return (
    <Box>
      <Stack component="ul" spacing={1} sx={{ p: 0, m: 0 }} data-testid="participants">
        {found.slice(0, shown).map((entry) => (
          <ParticipantRow
            key={entry.participant.id}
            entry={entry}
            disabled={disabled}
            busy={busy === String(entry.participant.customer_id)}
            onCheckIn={onCheckIn}
          />
        ))}
      </Stack>
      {rest > 0 && (
        <Stack spacing={1} sx={{ alignItems: 'center', mt: 2 }}>
          <Typography variant="body2" sx={{ color: 'text.secondary', textAlign: 'center' }}>
            {translate('crm.events.checkin.more', { smart_count: rest })}
          </Typography>
          <Button onClick={() => setShown((n) => n + PAGE)}>{translate('crm.events.checkin.show_more')}</Button>
        </Stack>
      )}
    </Box>
  );
}
