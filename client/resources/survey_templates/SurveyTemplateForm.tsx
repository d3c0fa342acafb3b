import { SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { InputGrid } from '../generic/InputGrid';
import { SurveyItemsInput } from './SurveyItemsInput';

/** Name, scale, NPS and active from the meta; the questions with their own row editor. */
export function SurveyTemplateForm() {
  const resource = useResourceMeta('survey_templates');
  return (
    <SimpleForm defaultValues={{ scale: 'five', nps: false, active: true, items: [{ key: '', label_zh: '', label_en: '' }] }}>
      <InputGrid resource={resource} names={['name', 'scale', 'nps', 'active']} />
      <SurveyItemsInput />
    </SimpleForm>
  );
}
