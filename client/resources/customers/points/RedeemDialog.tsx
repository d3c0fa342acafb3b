import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Form, maxLength, maxValue, minValue, NumberInput, required, ResourceContextProvider, SelectInput, TextInput,
  useDataProvider, useNotify, useRefresh, useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { formatInteger } from '../../../i18n/formats';
import type { GiftOption } from './pointsRules';
import { RedemptionCost } from './RedemptionCost';
import { RedeemSaveButton } from './RedeemSaveButton';
import { submitErrors } from './submitErrors';
import { useRedeemableGifts } from './useRedeemableGifts';
import { wholeNumber } from './wholeNumber';

const FIELDS = ['gift_id', 'quantity', 'note'];

export interface RedeemDialogProps {
  customerId: number;
  balance: number;
  onClose: () => void;
}

/** Redeems a gift for the customer: the server prices it, checks the balance and the stock, and books the points. */
export function RedeemDialog({ customerId, balance, onClose }: RedeemDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const { gifts, isPending } = useRedeemableGifts();
  const giftText = (g: GiftOption) =>
    translate('crm.points.redeem.gift_option', { name: g.name, price: formatInteger(g.points_price), stock: formatInteger(g.stock) });
  const submit = async (values: FieldValues) => {
    try {
      const data = { customer_id: customerId, gift_id: values.gift_id, quantity: values.quantity, note: values.note || null };
      const { data: created } = await dataProvider.create('redemptions', { data });
      notify('crm.points.redeem.done', { type: 'success', messageArgs: { points: formatInteger(created.points) } });
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
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="redeem-title">
      <ResourceContextProvider value="redemptions">
        <Form onSubmit={submit} record={{ quantity: 1 }} noValidate>
          <DialogTitle id="redeem-title">{translate('crm.points.redeem.title')}</DialogTitle>
          <DialogContent>
            {!isPending && gifts.length === 0 && (
              <Alert severity="info" sx={{ mb: 2 }}>
                {translate('crm.points.redeem.no_gifts')}
              </Alert>
            )}
            <SelectInput
              source="gift_id"
              choices={gifts}
              optionText={giftText}
              isPending={isPending}
              validate={required()}
              translateChoice={false}
            />
            <NumberInput source="quantity" min={1} max={1000} step={1} validate={[required(), minValue(1), maxValue(1000), wholeNumber]} />
            <TextInput source="note" validate={maxLength(500)} multiline minRows={2} />
            <RedemptionCost gifts={gifts} balance={balance} />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <RedeemSaveButton gifts={gifts} balance={balance} />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}

