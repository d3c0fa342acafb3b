import TuneIcon from '@mui/icons-material/Tune';
import { GenericShow } from '../generic/GenericShow';
import type { ScreenSet } from '../types';
import { CustomFieldList } from './CustomFieldList';
import { CustomFieldCreate } from './CustomFieldCreate';
import { CustomFieldEdit } from './CustomFieldEdit';
import { i18nProvider } from '../../i18n/i18nProvider';

const custom_fields: ScreenSet = {
  list: CustomFieldList,
  show: GenericShow,
  edit: CustomFieldEdit,
  create: CustomFieldCreate,
  icon: TuneIcon,
  recordRepresentation: (record) => String((i18nProvider.getLocale() === 'en' && record.label_en) || record.label_zh),
};

export default custom_fields;
