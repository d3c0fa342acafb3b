import { useState } from 'react';
import { Button } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import type { TokenInfo } from './accountApi';
import { errorMessage } from './fieldErrors';
import { useRevokeToken } from './useAccount';

/** Revoke, after saying what it breaks: scripts using the token stop working at once, for good. */
export function TokenRevokeButton({ token }: { token: TokenInfo }) {
  const translate = useTranslate();
  const notify = useNotify();
  const revoke = useRevokeToken();
  const [open, setOpen] = useState(false);
  const confirm = () =>
    revoke.mutate(token.id, {
      onSuccess: () => notify('crm.auth.tokens.revoked', { type: 'info', messageArgs: { name: token.name } }),
      onError: (error) => notify(errorMessage(error), { type: 'error' }),
      onSettled: () => setOpen(false),
    });
  return (
    <>
      <Button color="error" size="small" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        {translate('crm.auth.tokens.revoke')}
      </Button>
      <Confirm
        isOpen={open}
        loading={revoke.isPending}
        title="crm.auth.tokens.revoke_title"
        titleTranslateOptions={{ name: token.name }}
        content="crm.auth.tokens.revoke_content"
        confirm="crm.auth.tokens.revoke"
        confirmColor="warning"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
