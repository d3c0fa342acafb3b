import { Menu, useTranslate } from 'react-admin';
import PeopleAltOutlinedIcon from '@mui/icons-material/PeopleAltOutlined';
import { PAGE_PATHS } from '../pagePaths';

/** 疑似重复客户 in the customers group. */
export function DuplicatesMenuItem() {
  const translate = useTranslate();
  return <Menu.Item to={PAGE_PATHS.duplicates} primaryText={translate('crm.duplicates.menu')} leftIcon={<PeopleAltOutlinedIcon />} />;
}
