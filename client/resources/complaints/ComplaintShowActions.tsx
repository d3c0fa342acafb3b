import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Button, Tooltip } from '@mui/material';
import PauseIcon from '@mui/icons-material/PauseCircleOutline';
import PlayIcon from '@mui/icons-material/PlayCircleOutline';
import DescriptionIcon from '@mui/icons-material/Description';
import { EditButton, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { NEXT_STEPS } from '../../../server/domain/complaints/flowSteps';
import { OPEN_STATUSES } from '../../../server/domain/complaints/slaState';
import { useProfile } from '../../auth/useProfile';
import { PAGE_PATHS } from '../../pages/pagePaths';
import { StepDialog } from './StepDialog';
import { PauseDialog } from './PauseDialog';

/**
 * The complaint's next steps as buttons (each opens the fields it asks for), pausing or resuming its clock, the
 * printable rectification notice, and Edit. Confirming is the department manager's: others see why it is greyed.
 */
export function ComplaintShowActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = useProfile()?.user.role;
  const [to, setTo] = useState<string | null>(null);
  const [pausing, setPausing] = useState(false);
  const { canAccess: canEdit } = useCanAccess({ resource: 'complaints', action: 'edit', record });
  if (!record) return <TopToolbar />;
  const status = String(record.status);
  const manager = role === 'admin' || role === 'cs_manager';
  const open = (OPEN_STATUSES as readonly string[]).includes(status);
  const noticeTo = PAGE_PATHS.notice.replace(':id', encodeURIComponent(String(record.id)));
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      {canEdit && (NEXT_STEPS[status] ?? []).map((next, i) => {
        const refused = next === 'confirmed' && !manager;
        const button = (
          <Button key={next} size="small" variant={i === 0 ? 'contained' : 'outlined'} disabled={refused} onClick={() => setTo(next)} data-step={next}>
            {translate(`crm.complaints.actions.to.${next}`)}
          </Button>
        );
        return refused ? <Tooltip key={next} title={translate('crm.complaints.actions.confirm_hint')}><span>{button}</span></Tooltip> : button;
      })}
      {canEdit && open && (
        <Button size="small" startIcon={record.paused_at ? <PlayIcon /> : <PauseIcon />} onClick={() => setPausing(true)}>
          {translate(record.paused_at ? 'crm.complaints.actions.resume' : 'crm.complaints.actions.pause')}
        </Button>
      )}
      {record.department && (
        <Button size="small" component={RouterLink} to={noticeTo} startIcon={<DescriptionIcon />}>{translate('crm.complaints.actions.notice')}</Button>
      )}
      {canEdit && <EditButton />}
      {to && <StepDialog record={record} to={to} onClose={() => setTo(null)} />}
      {pausing && <PauseDialog id={Number(record.id)} paused={!record.paused_at} onClose={() => setPausing(false)} />}
    </TopToolbar>
  );
}
