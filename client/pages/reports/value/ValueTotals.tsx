import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatInteger, formatMoney } from '../../../i18n/formats';
import { drillPath, formatPercent } from '../../dashboard/kpiFormat';
import type { ValueDrill, ValueReport } from './valueApi';

function Tile({ label, value, note, drill, testId }: { label: string; value: string; note?: string; drill?: ValueDrill; testId: string }) {
  const translate = useTranslate();
  const body = (
    <CardContent>
      <Typography variant="subtitle2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600, fontSize: { xs: '1.15rem', sm: '2rem' }, whiteSpace: 'nowrap' }}>{value}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: 20 }}>{note ?? ''}</Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" data-testid={testId}>
      {drill ? <CardActionArea component={Link} to={drillPath(drill)} title={translate('crm.report_kit.open_list')}>{body}</CardActionArea> : body}
    </Card>
  );
}

/** The month's totals: customers scored, spend, spend per customer, and how many meet a valuable-customer rule. */
export function ValueTotals({ total }: { total: ValueReport['total'] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.value.tiles.${key}`);
  return (
    <Box sx={{ display: 'grid', gap: 2, mb: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, '@media print': { gridTemplateColumns: 'repeat(4, 1fr)' } }}>
      <Tile testId="value-count" label={t('count')} value={formatInteger(total.count)} drill={total.drill} />
      <Tile testId="value-spend" label={t('spend')} value={formatMoney(total.total_monetary)} />
      <Tile testId="value-avg" label={t('avg_spend')} value={total.avg_monetary == null ? '–' : formatMoney(total.avg_monetary)} />
      <Tile testId="value-flagged" label={t('valuable')} value={formatInteger(total.flagged)} note={total.count ? formatPercent(total.flagged / total.count) : ''} drill={total.flagged_drill} />
    </Box>
  );
}
