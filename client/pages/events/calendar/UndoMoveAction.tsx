import { Button } from '@mui/material';
import { useCloseNotification, useTranslate } from 'react-admin';

/** The "Undo" of a move's notification: the caller puts the item back where it was. */
export function UndoMoveAction({ onUndo }: { onUndo: () => void }) {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Button
      color="inherit"
      size="small"
      onClick={() => {
        close();
        onUndo();
      }}
      sx={{ fontWeight: 700, textDecoration: 'underline' }}
    >
      {translate('crm.calendar.undo')}
    </Button>
  );
}
