import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useGetList, useLocale, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { STEP_REQUIRES, STEP_TAKES, type StepField } from '../../../server/domain/complaints/flowSteps';
import { requestFailure } from '../../bulk/bulkErrors';
import { useComplaintStep } from './useComplaintCalls';

const MULTILINE: readonly StepField[] = ['resolution', 'customer_feedback', 'rectification_notice', 'note'];

/**
 * One step of the flow: the fields that step asks for (required ones marked), sent to the server, which decides;
 * its reasons land beside the fields.
 */
export function StepDialog({ record, to, onClose }: { record: RaRecord; to: string; onClose: () => void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const step = useComplaintStep(Number(record.id));
  const fields = STEP_TAKES[to] ?? ['note'];
  const [values, setValues] = useState<Partial<Record<StepField, string>>>(() => ({
    department: record.department ? String(record.department) : '',
    handler_id: record.handler_id ? String(record.handler_id) : '',
    rectification_notice: record.rectification_notice ? String(record.rectification_notice) : '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { data: departments = [] } = useGetList('lookups', { filter: { type: 'department', active: true }, sort: { field: 'sort_order', order: 'ASC' }, pagination: { page: 1, perPage: 100 } }, { enabled: fields.includes('department') });
  const { data: users = [] } = useGetList('users', { filter: { active: true }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 200 } }, { enabled: fields.includes('handler_id') });
  const label = (f: StepField) => translate(f === 'note' ? 'crm.complaints.actions.note' : `resources.complaints.fields.${f}`);
  const submit = () => {
    const body: Record<string, string | number | null> = {};
    for (const f of fields) {
      const v = values[f]?.trim() ?? '';
      body[f] = v === '' ? null : f === 'handler_id' ? Number(v) : v;
    }
    step.mutate({ to, ...body }, {
      onSuccess: () => {
        notify('crm.complaints.actions.done', { type: 'success', messageArgs: { step: translate(`crm.complaints.flow.step.${to}`) } });
        onClose();
      },
      onError: (e) => {
        const failure = requestFailure(e);
        setErrors({ ...failure.fieldErrors, ...(Object.keys(failure.fieldErrors).length ? {} : { to: failure.message }) });
      },
    });
  };
  const input = (f: StepField) => {
    const common = {
      key: f, label: label(f), value: values[f] ?? '', required: STEP_REQUIRES[to]?.includes(f), fullWidth: true,
      error: Boolean(errors[f]), helperText: errors[f], onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value })),
    };
    if (f === 'department') {
      return <TextField select {...common}>{departments.map((d) => <MenuItem key={d.id} value={String(d.code)}>{String(locale === 'zh' ? d.label_zh : d.label_en)}</MenuItem>)}</TextField>;
    }
    if (f === 'handler_id') {
      return <TextField select {...common}><MenuItem value="">—</MenuItem>{users.map((u) => <MenuItem key={u.id} value={String(u.id)}>{String(u.name ?? u.username)}</MenuItem>)}</TextField>;
    }
    return <TextField {...common} multiline={MULTILINE.includes(f)} minRows={f === 'note' ? 1 : 3} />;
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate(`crm.complaints.actions.to.${to}`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {errors.to && <Alert severity="error">{errors.to}</Alert>}
          {fields.map(input)}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('crm.complaints.actions.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={step.isPending}>{translate('crm.complaints.actions.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
