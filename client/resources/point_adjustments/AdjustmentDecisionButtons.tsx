import { useState, type MouseEvent } from 'react';
import { Box, Button, DialogContentText } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../dataProvider';
import { formatInteger } from '../../i18n/formats';
import { NoteDialog } from '../customers/points/NoteDialog';
import { canReverseOrDecide } from '../customers/points/pointsRules';
import { failureText } from '../customers/points/submitErrors';
import { useRole } from '../customers/points/useRole';
import { rowButtonSx } from '../customers/points/rowButtonSx';

interface Adjustment {
  id: number;
  points: number;
  note: string;
  status: string;
}

type Decision = 'approve' | 'reject';

/**
 * Approve or reject a pending adjustment, with an optional note; managers only. The server refuses with a 400
 * when the requester decides their own request or the balance would go below zero: its text is shown as it is.
 */
export function AdjustmentDecisionButtons() {
  const record = useRecordContext<Adjustment>();
  const role = useRole();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  if (!record || record.status !== 'pending' || !canReverseOrDecide(role)) return null;
  const decide = async (decision: Decision, note: string) => {
    try {
      await dataProvider.decideAdjustment(record.id, decision, note ? { note } : {});
      notify(decision === 'approve' ? 'crm.points.approval.approved' : 'crm.points.approval.rejected', { type: 'success' });
      refresh();
    } catch (error) {
      notify(failureText(error), { type: 'error' });
      throw error;
    }
  };
  const open = (decision: Decision) => (e: MouseEvent) => {
    e.stopPropagation();
    setDeciding(decision);
  };
  const points = `${record.points > 0 ? '+' : ''}${formatInteger(record.points)}`;
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5 }} onClick={(e) => e.stopPropagation()}>
      <Button size="small" sx={rowButtonSx} color="success" startIcon={<CheckIcon />} onClick={open('approve')}>
        {translate('crm.points.approval.approve')}
      </Button>
      <Button size="small" sx={rowButtonSx} color="error" startIcon={<CloseIcon />} onClick={open('reject')}>
        {translate('crm.points.approval.reject')}
      </Button>
      {deciding && (
        <NoteDialog
          title={translate(deciding === 'approve' ? 'crm.points.approval.approve_title' : 'crm.points.approval.reject_title')}
          noteLabel={translate('crm.points.approval.decision_note')}
          confirmLabel={translate(deciding === 'approve' ? 'crm.points.approval.approve' : 'crm.points.approval.reject')}
          confirmColor={deciding === 'approve' ? 'success' : 'error'}
          onConfirm={(note) => decide(deciding, note)}
          onClose={() => setDeciding(null)}
        >
          <DialogContentText sx={{ mb: 1 }}>
            {translate('crm.points.approval.summary', { points, note: record.note })}
          </DialogContentText>
        </NoteDialog>
      )}
    </Box>
  );
}
