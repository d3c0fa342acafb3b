import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useNotify, useTranslate } from 'react-admin';
import type { NewToken } from './accountApi';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/**
 * The new token, this once: only its hash is kept, so the dialog says plainly to copy it now, offers a copy
 * button and shows how a script sends it. It closes only by the button, not by a stray click beside it.
 */
export function TokenRevealDialog({ token, onClose }: { token: NewToken | null; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.token);
      notify('crm.auth.tokens.copied', { type: 'success' });
    } catch {
      notify('crm.auth.tokens.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Dialog open={token !== null} fullWidth maxWidth="sm" aria-labelledby="token-reveal-title">
      <DialogTitle id="token-reveal-title">{translate('crm.auth.tokens.created_title', { name: token?.name ?? '' })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('crm.auth.tokens.created_warning')}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', p: 1.5, borderRadius: 2, bgcolor: 'action.hover', border: 1, borderColor: 'divider' }}>
          <Typography
            component="code"
            data-testid="new-token"
            sx={{ fontFamily: MONO, fontSize: '0.9rem', wordBreak: 'break-all', flex: 1, userSelect: 'all' }}
          >
            {token?.token}
          </Typography>
          <Tooltip title={translate('crm.auth.tokens.copy')}>
            <IconButton onClick={copy} aria-label={translate('crm.auth.tokens.copy')} color="primary">
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Stack>
        <Typography variant="subtitle2" sx={{ mt: 2.5, mb: 0.5 }}>
          {translate('crm.auth.tokens.usage')}
        </Typography>
        <Box component="pre" sx={{ m: 0, p: 1.5, borderRadius: 2, bgcolor: 'grey.900', color: 'grey.100', fontFamily: MONO, fontSize: '0.8rem', overflowX: 'auto' }}>
          {`curl -H "Authorization: Bearer $CRM_TOKEN" \\\n  ${window.location.origin}/api/customers`}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose}>
          {translate('crm.auth.tokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
