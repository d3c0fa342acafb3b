import { Edit, SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { formFields } from '../generic/columns';
import { InputGrid } from '../generic/InputGrid';
import { TemplatePreview } from './TemplatePreview';

/** The generated form with a live preview of the message under it. */
export function TemplateEdit() {
  const resource = useResourceMeta('message_templates');
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <InputGrid resource={resource} names={formFields(resource)} />
        <TemplatePreview />
      </SimpleForm>
    </Edit>
  );
}
