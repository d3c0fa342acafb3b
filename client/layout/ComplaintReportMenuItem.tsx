import { Menu, useTranslate } from 'react-admin';
import InsightsIcon from '@mui/icons-material/Insights';
import { ComplaintAnalysisPage } from '../pages/reports/complaints/ComplaintAnalysisPage';

/** 投诉分析 in the care group, next to 回访报表. */
export function ComplaintReportMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={ComplaintAnalysisPage.path} primaryText={translate('crm.reports.complaints.menu')} leftIcon={<InsightsIcon />} />;
}
