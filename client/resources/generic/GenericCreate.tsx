import { Create, SimpleForm, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { createDefaults, formFields } from './columns';
import { InputGrid } from './InputGrid';

/** A create form built from /api/meta, with the server's defaults filled in. */
export function GenericCreate() {
  const resource = useResourceMeta(useResourceContext() ?? '');
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={createDefaults(resource)}>
        <InputGrid resource={resource} names={formFields(resource)} />
      </SimpleForm>
    </Create>
  );
}
