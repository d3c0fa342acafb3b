import { Menu, useTranslate } from 'react-admin';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { PAGE_PATHS } from '../pages/pagePaths';

/** 会员等级管理 at the top of the membership group: the tiers side by side, their rules, the what-if and the year-end expiry. */
export function TiersMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PAGE_PATHS.tiers} primaryText={translate('crm.tiers.menu')} leftIcon={<LeaderboardIcon />} />;
}
