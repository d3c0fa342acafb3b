import { Card, CardContent, Step, StepLabel, Stepper, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useGetList, useGetMany, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { FLOW_LINE } from '../../../server/domain/complaints/flowSteps';
import { useMeta } from '../../meta/MetaContext';
import { SlaClockLine } from './SlaClockLine';

/** The timestamp column each step of the flow leaves on the complaint. */
const STAMP: Record<(typeof FLOW_LINE)[number], string> = {
  received: 'received_at', confirmed: 'confirmed_at', assigned: 'assigned_at', resolved: 'resolved_at', feedback: 'feedback_at', closed: 'closed_at',
};

/**
 * The complaint's flow as a stepper, each step with who took it and when (from its history when the reader may
 * see it, else from the complaint's own timestamps), with the SLA clock above it.
 */
export function ComplaintFlowPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const meta = useMeta();
  const vertical = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const canSeeSteps = Object.hasOwn(meta.resources, 'complaint_steps');
  const { data: steps = [] } = useGetList('complaint_steps', {
    filter: { complaint_id: record?.id }, sort: { field: 'at', order: 'ASC' }, pagination: { page: 1, perPage: 200 },
  }, { enabled: Boolean(record?.id) && canSeeSteps });
  const actorIds = [...new Set(steps.map((s) => s.actor_id).filter((v) => v != null))];
  const { data: actors = [] } = useGetMany('users', { ids: actorIds }, { enabled: actorIds.length > 0 });
  if (!record) return null;
  const nameOf = (id: unknown) => {
    const u = actors.find((a) => a.id === id);
    return u ? String(u.name ?? u.username) : '';
  };
  const status = String(record.status);
  // a reopened complaint is back at work: the steps after "assigned" are to be taken again
  const at = status === 'reopened' ? FLOW_LINE.indexOf('assigned') : FLOW_LINE.indexOf(status as (typeof FLOW_LINE)[number]);
  const active = status === 'closed' ? FLOW_LINE.length : at + 1;
  const fmt = (v: unknown) => new Date(String(v)).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <SlaClockLine />
        <Stepper activeStep={active} orientation={vertical ? 'vertical' : 'horizontal'} alternativeLabel={!vertical}>
          {FLOW_LINE.map((s, i) => {
            const last = [...steps].reverse().find((x) => x.to_status === s && (x.action === 'transition' || x.action === 'create'));
            const stamp = i < active ? last?.at ?? record[STAMP[s]] : null;
            const who = i < active && last ? nameOf(last.actor_id) : '';
            return (
              <Step key={s} completed={i < active}>
                <StepLabel optional={stamp ? <Typography variant="caption" color="text.secondary">{[who, fmt(stamp)].filter(Boolean).join(' · ')}</Typography> : undefined}>
                  {translate(`crm.complaints.flow.step.${s}`)}
                </StepLabel>
              </Step>
            );
          })}
        </Stepper>
        {Number(record.reopened_count ?? 0) > 0 && (
          <Typography variant="body2" color="warning.dark">{translate('crm.complaints.flow.reopened', { count: Number(record.reopened_count) })}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
