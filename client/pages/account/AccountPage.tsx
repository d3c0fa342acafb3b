import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { PasswordCard } from './PasswordCard';
import { ProfileCard } from './ProfileCard';
import { TokensCard } from './TokensCard';
import { PAGE_PATHS } from '../pagePaths';

/** The signed-in user's own page: who they are, their password, their API tokens. */
export function AccountPage() {
  return (
    <Box sx={{ py: 2, maxWidth: 1200 }}>
      <Title title="crm.auth.account.title" />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 3fr)' }, mb: 2 }}>
        <ProfileCard />
        <PasswordCard />
      </Box>
      <TokensCard />
    </Box>
  );
}

AccountPage.path = PAGE_PATHS.account;
