import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from '../../i18n/formats';
import type { TokenInfo } from './accountApi';
import { TokenRevokeButton } from './TokenRevokeButton';
import { isExpired } from './tokenDates';

/** The live tokens: name, the first characters (to recognise one in a script), when made, last used, until when. */
export function TokenTable({ tokens }: { tokens: TokenInfo[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const head = ['name', 'prefix', 'created', 'last_used', 'expires'];
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('crm.auth.tokens.title')}>
        <TableHead>
          <TableRow>
            {head.map((key) => (
              <TableCell key={key}>{translate(`crm.auth.tokens.${key}`)}</TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {tokens.map((token) => (
            <TableRow key={token.id} hover>
              <TableCell sx={{ fontWeight: 600 }}>{token.name}</TableCell>
              <TableCell>
                <Typography component="code" variant="body2" sx={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
                  {token.prefix}…
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(token.created_at, locale)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', color: token.last_used_at ? undefined : 'text.secondary' }}>
                {token.last_used_at ? formatDateTime(token.last_used_at, locale) : translate('crm.auth.tokens.never_used')}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {token.expires_on === null ? (
                  <Typography variant="body2" color="text.secondary" component="span">
                    {translate('crm.auth.tokens.no_expiry')}
                  </Typography>
                ) : (
                  <>
                    {formatDate(token.expires_on, locale)}
                    {isExpired(token) && <Chip label={translate('crm.auth.tokens.expired')} color="error" variant="outlined" sx={{ ml: 1 }} />}
                  </>
                )}
              </TableCell>
              <TableCell align="right">
                <TokenRevokeButton token={token} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
