import { Menu, useTranslate } from 'react-admin';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { FollowUpReportPage } from '../pages/followups/FollowUpReportPage';

/** 回访报表 in the care group: the weekly and monthly follow-up report. */
export function FollowUpReportMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={FollowUpReportPage.path} primaryText={translate('crm.followups.menu')} leftIcon={<AssessmentIcon />} />;
}
