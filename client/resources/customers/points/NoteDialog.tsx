import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface NoteDialogProps {
  title: string;
  /** what will happen, above the note */
  children?: ReactNode;
  noteLabel: string;
  /** a reversal needs its reason; an approval's note is optional */
  required?: boolean;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'success';
  /** resolves when done (the dialog closes), rejects to keep it open */
  onConfirm: (note: string) => Promise<void>;
  onClose: () => void;
}

const MAX_NOTE = 500;

/** Asks for a note before a ledger action (reverse an entry, approve or reject an adjustment). */
export function NoteDialog({ title, children, noteLabel, required = false, confirmLabel, confirmColor = 'primary', onConfirm, onClose }: NoteDialogProps) {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const missing = required && note.trim() === '';
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm(note.trim());
      onClose();
    } catch {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="note-dialog-title">
      <DialogTitle id="note-dialog-title">{title}</DialogTitle>
      <DialogContent>
        {children}
        <TextField
          label={noteLabel}
          value={note}
          onChange={(e) => setNote(e.target.value.slice(0, MAX_NOTE))}
          required={required}
          multiline
          minRows={2}
          fullWidth
          autoFocus
          margin="dense"
          slotProps={{ htmlInput: { maxLength: MAX_NOTE } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color={confirmColor} onClick={confirm} disabled={busy || missing}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
