import { useState } from 'react';
import { Alert, Box, Button, Collapse, Paper, Skeleton, Stack, Typography } from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/formats';
import { refusalReason } from '../../pages/events/checkin/deskFeedback';
import { scorecardTiles, type Tile } from './scorecardTiles';
import { useScorecard } from './useEventCalls';

const tones = { good: 'success.main', bad: 'warning.main' } as const;

function TileBox({ tile }: { tile: Tile }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: { xs: 1, sm: 1.5 }, borderRadius: 2, bgcolor: 'action.hover', minWidth: 0 }} data-testid={`scorecard-${tile.key}`}>
      <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }} noWrap>
        {translate(tile.label)}
      </Typography>
      <Typography sx={{ fontSize: { xs: '1.25rem', sm: '1.5rem' }, fontWeight: 700, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums', color: tile.tone ? tones[tile.tone] : undefined }}>
        {tile.value}
      </Typography>
      {tile.hint && (
        <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
          {translate(tile.hint.message, tile.hint.args)}
        </Typography>
      )}
    </Box>
  );
}

/** Before an event has run there is little to score: the panel then starts folded to one line, the workspace below in view. */
const RUN = new Set(['running', 'done']);

/** What the event brought, from the records: turnout, conversions within 30 days, satisfaction and cost, and the after-event calls. */
export function ScorecardPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, error, isPending } = useScorecard(Number(record?.id ?? 0));
  const [toggled, setToggled] = useState<boolean | null>(null);
  if (!record) return null;
  const open = toggled ?? (RUN.has(String(record.status)) || (data?.attended ?? 0) > 0);
  return (
    <Paper variant="outlined" sx={{ m: { xs: 1, sm: 2 }, p: { xs: 1.5, sm: 2 } }} data-testid="event-scorecard">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: open ? 1 : 0, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {translate('crm.events.scorecard.title')}
        </Typography>
        {!open && data && (
          <Typography variant="body2" sx={{ color: 'text.secondary', flex: 1, minWidth: 0 }} noWrap>
            {translate('crm.events.scorecard.folded', { invited: data.invited, confirmed: data.confirmed, attended: data.attended })}
          </Typography>
        )}
        <Box sx={{ flex: open ? 1 : 'none' }} />
        <Button size="small" onClick={() => setToggled(!open)} endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />} aria-expanded={open}>
          {translate(open ? 'crm.events.scorecard.fold' : 'crm.events.scorecard.unfold')}
        </Button>
      </Stack>
      <Collapse in={open} unmountOnExit>
      {error ? (
        <Alert severity="error">{translate('crm.events.scorecard.load_failed', { reason: refusalReason(error) })}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rounded" height={160} />
      ) : (
        <>
          {scorecardTiles(data).map((group) => (
            <Box key={group.key} sx={{ mb: 1.5 }}>
              <Typography variant="subtitle2" sx={{ color: 'text.secondary', mb: 0.75 }}>
                {translate(group.label)}
              </Typography>
              <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(auto-fill, minmax(160px, 1fr))' } }}>
                {group.tiles.map((tile) => (
                  <TileBox key={tile.key} tile={tile} />
                ))}
              </Box>
            </Box>
          ))}
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate('crm.events.scorecard.window', { from: formatDateTime(data.window.from, locale), to: formatDateTime(data.window.to, locale) })}
          </Typography>
        </>
      )}
      </Collapse>
    </Paper>
  );
}
