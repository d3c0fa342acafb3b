import { Menu, useTranslate } from 'react-admin';
import TodayIcon from '@mui/icons-material/Today';
import { TodayPage } from '../pages/today/TodayPage';

/** 今日工作 at the top of the menu: everyone's queue of what is due today. */
export function TodayMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={TodayPage.path} primaryText={translate('crm.today.menu')} leftIcon={<TodayIcon />} />;
}
