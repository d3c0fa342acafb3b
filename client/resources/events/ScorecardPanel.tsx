import { Alert, Box, Paper, Skeleton, Typography } from '@mui/material';
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

/** What the event brought, from the records: turnout, conversions within 30 days, satisfaction and cost, and the after-event calls. */
export function ScorecardPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, error, isPending } = useScorecard(Number(record?.id ?? 0));
  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ m: { xs: 1, sm: 2 }, p: { xs: 1.5, sm: 2 } }} data-testid="event-scorecard">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('crm.events.scorecard.title')}
      </Typography>
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
    </Paper>
  );
}
