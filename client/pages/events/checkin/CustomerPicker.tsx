import { useEffect, useState } from 'react';
import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { RosterCustomer } from './roster';

const DEBOUNCE_MS = 300;

export interface CustomerPickerProps {
  value: RosterCustomer | null;
  onChange: (customer: RosterCustomer | null) => void;
}

/** Any customer the user may see, found by the server's search (name, pinyin, phone digits) as one types. */
export function CustomerPicker({ value, onChange }: CustomerPickerProps) {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const { data = [], isFetching } = useGetList<RosterCustomer & { id: number }>('customers', {
    filter: q ? { q } : {},
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <Autocomplete
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      options={data}
      loading={isFetching}
      filterOptions={(options) => options}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(c) => c.name}
      noOptionsText={translate('crm.events.checkin.walk_in.no_options')}
      renderOption={({ key, ...props }, c) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <Typography>{c.name}</Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>{c.phone ?? ''}</Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus
          label={translate('crm.events.checkin.walk_in.customer')}
          helperText={translate('crm.events.checkin.walk_in.customer_hint')}
        />
      )}
    />
  );
}
