import { useMemo, useState } from 'react';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, ResourceContextProvider, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { useResourceMeta } from '../meta/MetaContext';
import { bulkFields, bulkPayload, isEmptyPayload, type BulkPayload } from './bulkFields';
import type { BulkTarget } from './bulkTypes';
import { BulkConfirm } from './BulkConfirm';
import { BulkFieldInputs } from './BulkFieldInputs';
import { BulkFieldPicker } from './BulkFieldPicker';
import { formErrors } from './formErrors';
import { useBulkApply } from './useBulkApply';
import { useTargetCount } from './useTargetCount';

export interface BulkEditDialogProps {
  resource: string;
  target: BulkTarget;
  onClose: () => void;
}

/**
 * Bulk edit in two steps: choose fields and their new values (the same inputs as the edit form), then confirm
 * knowing exactly how many records change. One request applies it; a value the server refuses brings the
 * person back to the first step with the reason beside the field.
 */
export function BulkEditDialog({ resource, target, onClose }: BulkEditDialogProps) {
  const meta = useResourceMeta(resource);
  const translate = useTranslate();
  const options = useMemo(() => bulkFields(meta), [meta]);
  const [chosen, setChosen] = useState<string[]>([]);
  /** set once the first step is done: what the second step confirms */
  const [payload, setPayload] = useState<BulkPayload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const count = useTargetCount(resource, target);
  const { apply, isPending } = useBulkApply(resource, target);

  const submit = async (values: FieldValues) => {
    if (!payload) {
      const next = bulkPayload(meta, chosen, values);
      setProblem(isEmptyPayload(next) ? translate('crm.bulk.edit.nothing') : null);
      if (!isEmptyPayload(next)) setPayload(next);
      return undefined;
    }
    const result = await apply({ kind: 'update', payload });
    if (result.ok) {
      onClose();
      return undefined;
    }
    const { fieldErrors, message } = result.failure;
    if (!Object.keys(fieldErrors).length) return undefined;
    setPayload(null);
    setProblem(message || translate('crm.bulk.edit.invalid'));
    return formErrors(meta, fieldErrors);
  };

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-edit-title">
      <ResourceContextProvider value={resource}>
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle id="bulk-edit-title">
            {translate('crm.bulk.edit.title', { resource: translate(`resources.${resource}.name`, { smart_count: 2 }) })}
          </DialogTitle>
          <DialogContent>
            {problem && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {problem}
              </Alert>
            )}
            {/* the first step stays mounted under the second, so going back keeps every value */}
            <div hidden={!!payload}>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate('crm.bulk.edit.fields_hint')}
              </Typography>
              <BulkFieldPicker resource={resource} options={options} value={chosen} onChange={setChosen} />
              <BulkFieldInputs resource={meta} fields={chosen} />
            </div>
            {payload && <BulkConfirm resource={meta} payload={payload} count={count} kind="edit" />}
          </DialogContent>
          <DialogActions>
            <Button onClick={payload ? () => setPayload(null) : onClose} disabled={isPending}>
              {translate(payload ? 'crm.bulk.edit.back' : 'ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={isPending || (!!payload && count === undefined)}
              startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {translate(payload ? 'crm.bulk.edit.apply' : 'crm.bulk.edit.next')}
            </Button>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}
