import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import TuneIcon from '@mui/icons-material/Tune';
import {
  Form, maxLength, maxValue, minValue, NumberInput, required, ResourceContextProvider, SaveButton, TextInput, useDataProvider,
  useNotify, useRefresh, useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { formatInteger } from '../../../i18n/formats';
import { submitErrors } from './submitErrors';
import { notZero, wholeNumber } from './wholeNumber';

const FIELDS = ['points', 'note'];
const LIMIT = 10_000_000;

/** A manual adjustment with its reason; above the manager's threshold it waits for approval instead of counting at once. */
export function AdjustPointsDialog({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const submit = async (values: FieldValues) => {
    try {
      const points = Number(values.points);
      const { data } = await dataProvider.create('point_adjustments', { data: { customer_id: customerId, points, note: values.note } });
      const signed = `${points > 0 ? '+' : ''}${formatInteger(points)}`;
      if (data.status === 'pending') notify('crm.points.adjust.pending', { type: 'warning', messageArgs: { points: signed } });
      else notify('crm.points.adjust.approved', { type: 'success', messageArgs: { points: signed } });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      const { fieldErrors, notice } = submitErrors(error, FIELDS);
      if (notice) notify(notice, { type: 'error' });
      return fieldErrors;
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="adjust-title">
      <ResourceContextProvider value="point_adjustments">
        <Form onSubmit={submit} record={{}} noValidate>
          <DialogTitle id="adjust-title">{translate('crm.points.adjust.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText variant="body2" sx={{ mb: 1 }}>
              {translate('crm.points.adjust.threshold_hint')}
            </DialogContentText>
            <NumberInput
              source="points"
              label="crm.points.adjust.points"
              step={1}
              validate={[required(), wholeNumber, notZero, minValue(-LIMIT), maxValue(LIMIT)]}
              autoFocus
            />
            <TextInput source="note" label="crm.points.adjust.note" validate={[required(), maxLength(500)]} multiline minRows={2} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton icon={<TuneIcon />} />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}
