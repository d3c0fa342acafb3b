import ListAltIcon from '@mui/icons-material/ListAlt';
import { genericResource } from '../generic/genericResource';
import { i18nProvider } from '../../i18n/i18nProvider';

export default genericResource({
  icon: ListAltIcon,
  listColumns: ['type', 'code', 'label_zh', 'label_en', 'sort_order', 'color', 'active'],
  alwaysOnFilters: ['type'],
  // one list after another (ids follow each list's order), rather than every list's first entry, then every second…
  sort: { field: 'type', order: 'ASC' },
  recordRepresentation: (record) => (i18nProvider.getLocale() === 'en' && record.label_en) || record.label_zh,
});
