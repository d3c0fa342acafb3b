import { BarChart } from '@mui/x-charts/BarChart';
import { Box, Typography } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { listPath } from '../../tiers/links';
import { chinaDayOf, type EventScore } from './eventComparisonApi';

const pct = (v: number | null) => (v == null ? null : Math.round(v * 1000) / 10);
/** Long titles make unreadable ticks: the first characters and the day, the whole title in the tooltip. */
const shortTitle = (e: EventScore) => `${[...e.title].slice(0, 8).join('')}${[...e.title].length > 8 ? '…' : ''}\n${chinaDayOf(e.start_at).slice(5)}`;

/**
 * Attendance (attended ÷ invited) and show rate (attended ÷ confirmed) of each event as grouped bars on 0–100 %
 * (higher when walk-ins came); a bar opens the event's attendees. Lazy-loaded with the chart library.
 */
export function EventRatesChart({ events }: { events: EventScore[] }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.eventReport.${key}`);
  const navigate = useNavigate();
  const values = events.flatMap((e) => [pct(e.attendance_rate), pct(e.show_rate)]).filter((v): v is number => v != null);
  return (
    <Box data-testid="event-rates-chart" sx={{ mt: 1, breakInside: 'avoid' }}>
      <Typography variant="subtitle2" color="text.secondary">{t('chart')}</Typography>
      <BarChart
        height={260}
        margin={{ left: 0, right: 8 }}
        xAxis={[{ scaleType: 'band', data: events.map(shortTitle), height: 44, tickLabelStyle: { fontSize: 11 }, valueFormatter: (v: string, ctx) => (ctx.location === 'tooltip' ? v.replace('\n', ' · ') : v) }]}
        yAxis={[{ min: 0, max: Math.max(100, ...values), width: 40, valueFormatter: (v: number) => `${v}%` }]}
        series={[
          { data: events.map((e) => pct(e.attendance_rate)), label: t('measures.attendance_rate'), valueFormatter: (v) => (v == null ? '–' : `${v}%`) },
          { data: events.map((e) => pct(e.show_rate)), label: t('measures.show_rate'), valueFormatter: (v) => (v == null ? '–' : `${v}%`) },
        ]}
        onItemClick={(_, item) => {
          const e = item.dataIndex == null ? undefined : events[item.dataIndex];
          const drill = e?.drill.attended;
          if (drill) navigate(listPath(drill.resource, drill.filter));
        }}
        sx={{ '& .MuiBarChart-element': { cursor: 'pointer' } }}
      />
    </Box>
  );
}
