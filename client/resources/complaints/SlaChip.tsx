import { Chip, Tooltip } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { slaState, type SlaView } from '../../../server/domain/complaints/slaState';
import { SLA_COLOR } from './slaText';
import { useSlaClock } from './useComplaintCalls';

/** Where a record stands against its SLA, by the server's clock and warning horizon (null until the clock is read). */
export function useSlaView(record: Record<string, unknown> | undefined): SlaView | null {
  const { data: clock } = useSlaClock();
  if (!record || !clock) return null;
  return slaState(record, new Date(clock.now), new Date(clock.due_soon_until));
}

/** The SLA chip of a complaint in lists and on its page: red when breached, amber when due soon. */
export function SlaChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const view = useSlaView(record);
  if (!view || view.state === 'none') return null;
  const label = translate(`crm.complaints.sla.state.${view.state}`);
  const due = view.due_at ? new Date(view.due_at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }) : null;
  const title = view.clock && due ? `${translate(`crm.complaints.sla.clock.${view.clock}`)} · ${translate('crm.complaints.sla.due_at', { at: due })}` : '';
  const strong = view.state === 'breached' || view.state === 'due_soon';
  return (
    <Tooltip title={title}>
      <Chip size="small" color={SLA_COLOR[view.state]} variant={strong ? 'filled' : 'outlined'} label={label} data-sla={view.state} />
    </Tooltip>
  );
}
