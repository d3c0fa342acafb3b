import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { genericResource } from '../generic/genericResource';
import { i18nProvider } from '../../i18n/i18nProvider';

export default genericResource({
  icon: WorkspacePremiumIcon,
  listColumns: ['name', 'name_en', 'code', 'rank', 'threshold_points', 'color', 'active'],
  recordRepresentation: (record) => (i18nProvider.getLocale() === 'en' && record.name_en) || record.name,
});
