import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useDataProvider, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { refusalReason } from '../../pages/events/checkin/deskFeedback';
import { OUTCOMES, outcomeBody, type RiskStep } from './churnRules';

/**
 * The win-back call written down: still contacting, won back or lost, with the outcome that fits and a note.
 * The server checks the flow and that a closing has its outcome; its reason shows under the field.
 */
export function RecordOutcomeDialog({ record, onClose }: { record: RaRecord; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [step, setStep] = useState<RiskStep>(record.status === 'open' ? 'contacting' : 'won_back');
  const [outcome, setOutcome] = useState<string>('');
  const [note, setNote] = useState<string>(String(record.outcome_note ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = async () => {
    try {
      await dataProvider.update('churn_risks', { id: record.id, data: outcomeBody(step, outcome || null, note, Number(record.version)), previousData: record });
      notify('crm.churn.record.saved', { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      setErrors(body?.errors ?? {});
      notify('crm.churn.record.refused', { type: 'error', messageArgs: { reason: refusalReason(e) } });
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{translate('crm.churn.record.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <ToggleButtonGroup exclusive size="small" value={step} onChange={(_, v: RiskStep | null) => { if (v) { setStep(v); setOutcome(''); } }}>
            {(['contacting', 'won_back', 'lost'] as const).map((s) => (
              <ToggleButton key={s} value={s} disabled={s === 'contacting' && record.status === 'contacting'}>{translate(`enums.churn_status.${s}`)}</ToggleButton>
            ))}
          </ToggleButtonGroup>
          {step !== 'contacting' ? (
            <TextField
              select
              label={translate('resources.churn_risks.fields.outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value)}
              error={!!errors.outcome}
              helperText={errors.outcome ?? ' '}
            >
              {OUTCOMES[step].map((o) => <MenuItem key={o} value={o}>{translate(`enums.churn_outcome.${o}`)}</MenuItem>)}
            </TextField>
          ) : null}
          <TextField
            label={translate('resources.churn_risks.fields.outcome_note')}
            multiline
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={!!errors.outcome_note || !!errors.status}
            helperText={errors.outcome_note ?? errors.status ?? ' '}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('crm.churn.record.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()}>{translate('crm.churn.record.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
