import { useState } from 'react';
import { Button, DialogContentText } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../../dataProvider';
import { formatInteger } from '../../../i18n/formats';
import { NoteDialog } from './NoteDialog';
import { rowButtonSx } from './rowButtonSx';
import { failureText } from './submitErrors';

/** Reverses the ledger entry in context: the server books the opposite entry, linked to this one. */
export function ReverseEntryButton() {
  const entry = useRecordContext<{ id: number; points: number }>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!entry) return null;
  const reverse = async (note: string) => {
    try {
      await dataProvider.reverseEntry(entry.id, note);
      notify('crm.points.reverse.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(failureText(error), { type: 'error' });
      throw error;
    }
  };
  const opposite = -entry.points;
  return (
    <>
      <Button size="small" sx={rowButtonSx} color="warning" startIcon={<UndoIcon />} onClick={() => setOpen(true)}>
        {translate('crm.points.reverse.button')}
      </Button>
      {open && (
        <NoteDialog
          title={translate('crm.points.reverse.title')}
          noteLabel={translate('crm.points.reverse.note')}
          required
          confirmLabel={translate('crm.points.reverse.button')}
          confirmColor="error"
          onConfirm={reverse}
          onClose={() => setOpen(false)}
        >
          <DialogContentText sx={{ mb: 1 }}>
            {translate('crm.points.reverse.hint', { points: `${opposite > 0 ? '+' : ''}${formatInteger(opposite)}` })}
          </DialogContentText>
        </NoteDialog>
      )}
    </>
  );
}
