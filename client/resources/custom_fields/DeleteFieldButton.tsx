import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useDataProvider, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldMethods } from './customFieldsApi';
import { useFieldSaved } from './useFieldSaved';

/**
 * Deleting a field erases its values: the dialog says in how many records, points to retiring instead, and asks
 * for the field key typed back before the button works (the server asks for it too).
 */
export function DeleteFieldButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CustomFieldMethods>();
  const notify = useNotify();
  const done = useFieldSaved('crm.custom_fields.delete.done');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open || !record) return;
    setCount(null);
    dataProvider.customFieldUsage(record.id).then((u) => setCount(u.count), () => setCount(0));
  }, [open, record, dataProvider]);

  if (!record) return null;
  const key = String(record.key);
  const label = String(locale === 'en' ? record.label_en : record.label_zh);
  const remove = async () => {
    setBusy(true);
    try {
      await dataProvider.deleteCustomField(record.id, typed.trim());
      setOpen(false);
      await done();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => setOpen(true)}>
        {translate('crm.custom_fields.delete.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('crm.custom_fields.delete.title', { label })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {count === null ? translate('crm.custom_fields.delete.counting') : translate('crm.custom_fields.delete.body', { count })}
          </DialogContentText>
          <TextField
            autoFocus
            fullWidth
            label={translate('crm.custom_fields.delete.confirm_label', { key })}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            slotProps={{ htmlInput: { autoCapitalize: 'off', spellCheck: false, style: { fontFamily: 'monospace' } } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button color="error" variant="contained" disabled={typed.trim() !== key || busy || count === null} onClick={remove}>
            {translate('crm.custom_fields.delete.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
