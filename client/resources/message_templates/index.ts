import SmsIcon from '@mui/icons-material/Sms';
import { genericResource } from '../generic/genericResource';
import { TemplateCreate } from './TemplateCreate';
import { TemplateEdit } from './TemplateEdit';

const generic = genericResource({
  icon: SmsIcon,
  listColumns: ['touch_type', 'tier_id', 'locale', 'channel', 'body', 'gift', 'active'],
  alwaysOnFilters: ['touch_type'],
});

/** Greeting templates: the generated list and detail, forms with a live preview of the placeholders. */
export default { ...generic, edit: TemplateEdit, create: TemplateCreate };
