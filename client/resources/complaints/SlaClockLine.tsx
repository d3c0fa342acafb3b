import { Stack, Typography } from '@mui/material';
import { useGetOne, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { SlaChip } from './SlaChip';
import { hoursMinutes } from './slaText';
import { useSlaReading } from './useComplaintCalls';

const when = (iso: unknown, locale: string) =>
  new Date(String(iso)).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "首次响应剩余 3 小时 20 分（工作时间）": the running clock in working time, the deadline, and any escalation. */
export function SlaClockLine() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { data: sla } = useSlaReading(Number(record?.id ?? 0));
  const { data: escalatedTo } = useGetOne('users', { id: record?.escalated_to_id }, { enabled: Boolean(record?.escalated_to_id) });
  if (!record || !sla) return null;
  const span = (ms: number) => {
    const { h, m } = hoursMinutes(ms);
    return h > 0 ? translate('crm.complaints.sla.hours_minutes', { h, m }) : translate('crm.complaints.sla.minutes', { m });
  };
  let text = '';
  if (sla.clock && sla.remaining_ms !== null) {
    const clock = translate(`crm.complaints.sla.clock.${sla.clock}`);
    const key = sla.state === 'paused' ? 'paused' : sla.remaining_ms < 0 ? 'overdue' : 'remaining';
    text = translate(`crm.complaints.sla.${key}`, { clock, time: span(sla.remaining_ms) });
  }
  const color = sla.state === 'breached' ? 'error.main' : sla.state === 'due_soon' ? 'warning.dark' : 'text.primary';
  return (
    <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
      <SlaChip />
      {text && <Typography data-testid="sla-clock" sx={{ fontWeight: 600, color }}>{text}</Typography>}
      {sla.due_at && <Typography variant="body2" color="text.secondary">{translate('crm.complaints.sla.due_at', { at: when(sla.due_at, locale) })}</Typography>}
      {record.escalated_at ? (
        <Typography variant="body2" color="error">
          {translate('crm.complaints.sla.escalated', { at: when(record.escalated_at, locale), name: String(escalatedTo?.name ?? escalatedTo?.username ?? '') })}
        </Typography>
      ) : null}
    </Stack>
  );
}
