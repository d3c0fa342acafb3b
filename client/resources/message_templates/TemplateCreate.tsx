import { Create, SimpleForm } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { createDefaults, formFields } from '../generic/columns';
import { InputGrid } from '../generic/InputGrid';
import { TemplatePreview } from './TemplatePreview';

export function TemplateCreate() {
  const resource = useResourceMeta('message_templates');
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={createDefaults(resource)}>
        <InputGrid resource={resource} names={formFields(resource)} />
        <TemplatePreview />
      </SimpleForm>
    </Create>
  );
}
