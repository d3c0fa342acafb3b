import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useLocaleState, useTranslate } from 'react-admin';
import type { TierCount } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';
import type { DraftTier } from './draft';
import { tierShifts } from './moves';
import { tierName } from './tierNames';

/**
 * Members per tier, lowest tier first, each bar in its tier's colour; once a what-if has run, today's count and
 * the count after it side by side.
 */
export function MembersChart({ tiers, after }: { tiers: DraftTier[]; after: TierCount[] | null }) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const names = tiers.map((t) => tierName({ name: t.name || t.code, name_en: t.name_en }, locale));
  const colors = tiers.map((t) => (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(t.color) ? t.color : theme.palette.grey[500]));
  const shifts = after ? tierShifts(after, tiers.map((t, i) => ({ id: t.id, name: names[i] }))) : null;
  const format = (v: number | null) => formatInteger(v);
  return (
    <BarChart
      height={260}
      xAxis={[{
        scaleType: 'band',
        height: 36,
        data: names,
        ...(shifts ? {} : { colorMap: { type: 'ordinal' as const, values: names, colors } }),
      }]}
      yAxis={[{ width: 48, valueFormatter: (v: number) => formatInteger(v) }]}
      series={
        shifts
          ? [
            { data: shifts.map((s) => s.before), label: translate('crm.tiers.chart.before'), color: theme.palette.grey[400], valueFormatter: format },
            { data: shifts.map((s) => s.after), label: translate('crm.tiers.chart.after'), color: theme.palette.primary.main, valueFormatter: format },
          ]
          : [{ data: tiers.map((t) => t.members), label: translate('crm.tiers.chart.members'), valueFormatter: format }]
      }
      hideLegend={!shifts}
      margin={{ left: 0, right: 8 }}
    />
  );
}
