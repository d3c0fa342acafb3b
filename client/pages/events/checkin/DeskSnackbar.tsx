import { Alert, Snackbar } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DeskFeedback } from './deskFeedback';

const SHOWN_MS = 6000;

/**
 * What the last sign-in did, large and at the bottom where the thumb is, whichever row was tapped. A refusal stays
 * until it is dismissed or the next guest is signed in, so nobody misses "未受邀参加本活动".
 */
export function DeskSnackbar({ feedback, onClose }: { feedback: DeskFeedback | null; onClose: () => void }) {
  const translate = useTranslate();
  if (!feedback) return null;
  return (
    <Snackbar
      key={`${feedback.message}:${JSON.stringify(feedback.args)}`}
      open
      autoHideDuration={feedback.severity === 'error' ? null : SHOWN_MS}
      onClose={(_, why) => why !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={feedback.severity}
        variant="filled"
        onClose={onClose}
        role={feedback.severity === 'error' ? 'alert' : 'status'}
        data-testid="check-in-feedback"
        sx={{ fontSize: '1.1rem', alignItems: 'center', width: '100%', minWidth: { sm: 420 } }}
        >
        {translate(feedback.message, feedback.args)}
      </Alert>
    </Snackbar>
  );
}
