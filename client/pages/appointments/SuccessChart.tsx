import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MonthRate } from '../../resources/appointments/appointmentsApi';
import { monthLabel } from './successMonths';

/** The rate per month as bars, green at or above the target and orange below, with the target as a line. */
export function SuccessChart({ months, target }: { months: MonthRate[]; target: number }) {
  const theme = useTheme();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = months.map((m) => monthLabel(m.month, locale));
  return (
    <BarChart
      height={200}
      xAxis={[{
        scaleType: 'band', data: labels, height: 28,
        colorMap: { type: 'ordinal', values: labels, colors: months.map((m) => ((m.rate ?? 0) >= target ? theme.palette.success.main : theme.palette.warning.main)) },
      }]}
      yAxis={[{ min: 0, max: 100, width: 36, valueFormatter: (v: number) => `${v}%` }]}
      series={[{ data: months.map((m) => m.rate), label: translate('crm.appointments.stats.rate'), valueFormatter: (v) => (v == null ? '–' : `${v}%`) }]}
      hideLegend
      margin={{ left: 0, right: 8, top: 8 }}
    >
      <ChartsReferenceLine y={target} label={translate('crm.appointments.stats.target', { target })} lineStyle={{ strokeDasharray: '4 4' }} />
    </BarChart>
  );
}
