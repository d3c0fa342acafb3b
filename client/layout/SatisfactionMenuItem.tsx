import { Menu, useTranslate } from 'react-admin';
import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { SatisfactionPage } from '../pages/reports/satisfaction/SatisfactionPage';

/** 满意度趋势 in the care group: satisfaction by service item per month. */
export function SatisfactionMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={SatisfactionPage.path} primaryText={translate('crm.satisfaction.menu')} leftIcon={<SentimentSatisfiedAltIcon />} />;
}
