import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, useMediaQuery, type Theme } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useTranslate } from 'react-admin';
import type { CheckInRequest } from '../../../resources/events/eventsApi';
import { CustomerPicker } from './CustomerPicker';
import type { RosterCustomer } from './roster';

export interface WalkInButtonProps {
  disabled: boolean;
  busy: boolean;
  onSubmit: (request: CheckInRequest, customer: RosterCustomer) => Promise<boolean>;
}

/** 现场报名: someone who came without an invitation is chosen among all customers and signed in at once. */
export function WalkInButton({ disabled, busy, onSubmit }: WalkInButtonProps) {
  const translate = useTranslate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [open, setOpen] = useState(false);
  const [customer, setCustomer] = useState<RosterCustomer | null>(null);
  const close = () => {
    setOpen(false);
    setCustomer(null);
  };
  const submit = async () => {
    if (!customer) return;
    // the desk's banner says how it went; the dialog closes either way so the queue moves on
    await onSubmit({ customer_id: Number(customer.id), walk_in: true }, customer);
    close();
  };
  return (
    <>
      <Button variant="outlined" size="large" startIcon={<PersonAddIcon />} disabled={disabled} onClick={() => setOpen(true)} sx={{ minHeight: 48 }}>
        {translate('crm.events.checkin.walk_in.button')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" fullScreen={fullScreen}>
        <DialogTitle>{translate('crm.events.checkin.walk_in.title')}</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <CustomerPicker value={customer} onChange={setCustomer} />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" size="large" disabled={!customer || busy} onClick={() => void submit()}>
            {translate('crm.events.checkin.walk_in.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
