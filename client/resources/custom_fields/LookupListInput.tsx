import { useState } from 'react';
import { AutocompleteInput, regex, required, useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';

const LIST_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * Which lookup list a choice field takes its values from: one of the lists there are (built-in ones and those
 * other custom fields started), or a new code typed in, which starts a new list named after this field.
 */
export function LookupListInput() {
  const translate = useTranslate();
  const { enums } = useMeta();
  const [created, setCreated] = useState<string[]>([]);
  const lists = [...new Set([...(enums.lookup_type ?? []), ...created])];
  const choices = lists.map((code) => ({ id: code, name: `${translate(`enums.lookup_type.${code}`, { _: code })} (${code})` }));
  return (
    <AutocompleteInput
      source="lookup"
      choices={choices}
      translateChoice={false}
      validate={[required(), regex(LIST_CODE, 'crm.custom_fields.key_help')]}
      helperText="crm.custom_fields.lookup_help"
      createItemLabel="crm.custom_fields.lookup_new"
      onCreate={(filter) => {
        const code = (filter ?? '').trim().toLowerCase();
        if (!LIST_CODE.test(code)) return undefined;
        setCreated((c) => [...c, code]);
        return { id: code, name: code };
      }}
    />
  );
}
