import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatInteger, formatMoney } from '../../../i18n/formats';
import { drillPath, formatPercent } from '../../dashboard/kpiFormat';
import { SEGMENT_COLORS, type ValueSegmentRow } from './valueApi';

const score = (v: number | null) => (v == null ? '–' : v.toFixed(1));

/** One segment: how many and what share, its average scores, its reading and what to do; opens its customers. */
function SegmentTile({ row }: { row: ValueSegmentRow }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.value.${key}`, args);
  return (
    <Card variant="outlined" data-testid={`segment-${row.segment}`} sx={{ borderTop: 4, borderTopColor: SEGMENT_COLORS[row.segment], breakInside: 'avoid' }}>
      <CardActionArea component={Link} to={drillPath(row.drill)} title={translate('crm.report_kit.open_list')} sx={{ height: '100%', alignItems: 'stretch' }}>
        <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Typography variant="subtitle2" sx={{ fontWeight: 600, color: SEGMENT_COLORS[row.segment] }}>{t(`segments.${row.segment}`)}</Typography>
          <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="h5" component="p" sx={{ fontWeight: 600 }}>{formatInteger(row.count)}</Typography>
            <Typography variant="body2" color="text.secondary">{t('tile_share', { share: formatPercent(row.share) })}</Typography>
          </Box>
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {t('tile_scores', { r: score(row.avg_r), f: score(row.avg_f), m: score(row.avg_m) })}
            {row.avg_monetary != null && ` · ${formatMoney(row.avg_monetary)}`}
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5 }}>{t(`reading.${row.segment}`)}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, fontSize: '0.8rem' }}>{t(`advice.${row.segment}`)}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** The eight segments as tiles, most valuable first. */
export function SegmentTiles({ rows }: { rows: ValueSegmentRow[] }) {
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' }, '@media print': { gridTemplateColumns: 'repeat(4, 1fr)' } }}>
      {rows.map((r) => <SegmentTile key={r.segment} row={r} />)}
    </Box>
  );
}
