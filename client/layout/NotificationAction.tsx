import { Button } from '@mui/material';
import { useCloseNotification, useTranslate } from 'react-admin';

/** A button inside a notification ("Undo", "Reload"): closes the notification, then does its work. */
export function NotificationAction({ label, onClick }: { label: string; onClick: () => void }) {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Button
      color="inherit"
      size="small"
      onClick={() => {
        close();
        onClick();
      }}
      sx={{ fontWeight: 700, textDecoration: 'underline' }}
    >
      {translate(label)}
    </Button>
  );
}
