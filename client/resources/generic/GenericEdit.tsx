import { Edit, SimpleForm, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { formFields } from './columns';
import { InputGrid } from './InputGrid';
import { ReferenceTitle } from './ReferenceTitle';

/**
 * An edit form built from /api/meta. Pessimistic, so the server's field reasons and the stale-version 409
 * surface before the page moves on; the record's `version` rides along in the form values.
 */
export function GenericEdit() {
  const resource = useResourceMeta(useResourceContext() ?? '');
  const title = resource.fields[resource.title]?.type === 'reference' ? <ReferenceTitle resource={resource} /> : undefined;
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={title}>
      <SimpleForm>
        <InputGrid resource={resource} names={formFields(resource)} />
      </SimpleForm>
    </Edit>
  );
}
