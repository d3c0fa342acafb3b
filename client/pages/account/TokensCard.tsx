import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, CardHeader, CircularProgress, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { useTranslate } from 'react-admin';
import type { NewToken } from './accountApi';
import { TokenCreateDialog } from './TokenCreateDialog';
import { TokenRevealDialog } from './TokenRevealDialog';
import { TokenTable } from './TokenTable';
import { useTokens } from './useAccount';

/** Personal API tokens for scripts: what exists, a new one (shown once), revoking one. */
export function TokensCard() {
  const translate = useTranslate();
  const tokens = useTokens();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<NewToken | null>(null);

  return (
    <Card>
      <CardHeader
        avatar={<VpnKeyIcon color="primary" />}
        title={translate('crm.auth.tokens.title')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
        action={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} sx={{ mt: 1, mr: 1 }}>
            {translate('crm.auth.tokens.create')}
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
          {translate('crm.auth.tokens.hint')}
        </Typography>
        {tokens.isPending ? (
          <Box sx={{ py: 3, textAlign: 'center' }}>
            <CircularProgress size={24} />
          </Box>
        ) : tokens.isError ? (
          <Alert severity="error">{translate('crm.auth.tokens.load_failed')}</Alert>
        ) : tokens.data.length === 0 ? (
          <Box sx={{ py: 3, textAlign: 'center', color: 'text.secondary', border: 1, borderColor: 'divider', borderStyle: 'dashed', borderRadius: 2 }}>
            <Typography variant="body2">{translate('crm.auth.tokens.empty')}</Typography>
          </Box>
        ) : (
          <TokenTable tokens={tokens.data} />
        )}
      </CardContent>
      <TokenCreateDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(token) => {
          setCreating(false);
          setCreated(token);
        }}
      />
      <TokenRevealDialog token={created} onClose={() => setCreated(null)} />
    </Card>
  );
}
