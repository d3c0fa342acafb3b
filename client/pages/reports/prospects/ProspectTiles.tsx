import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { drillPath, formatPercent } from '../../dashboard/kpiFormat';
import type { ProspectAnalysis, ProspectDrill } from '../../../../server/domain/analytics/prospectTypes';

function Tile({ label, value, note, drill, testId }: { label: string; value: string; note: string; drill?: ProspectDrill; testId: string }) {
  const body = (
    <CardContent>
      <Typography variant="subtitle2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600, fontSize: { xs: '1.5rem', sm: '2.125rem' }, whiteSpace: 'nowrap' }}>{value}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: 20 }}>{note}</Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" data-testid={testId}>
      {drill ? <CardActionArea component={Link} to={drillPath(drill)}>{body}</CardActionArea> : body}
    </Card>
  );
}

/** The range's totals: cards opened and converted (each opening its customers), the rate and the median days. */
export function ProspectTiles({ totals }: { totals: ProspectAnalysis['totals'] }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.prospects.${key}`, args);
  return (
    <>
      <Tile testId="tile-opened" label={t('tiles.opened')} value={formatInteger(totals.opened)} note={t('still_prospects', { count: formatInteger(totals.prospects) })} drill={totals.drill} />
      <Tile testId="tile-converted" label={t('tiles.converted')} value={formatInteger(totals.converted)} note={t('subtitle_short')} drill={totals.converted_drill} />
      <Tile testId="tile-rate" label={t('tiles.rate')} value={formatPercent(totals.conversion_rate)} note={t('of_opened')} />
      <Tile testId="tile-median-days" label={t('tiles.median_days')} value={totals.median_days == null ? t('none') : t('days', { days: totals.median_days })} note={t('days_note')} />
    </>
  );
}
