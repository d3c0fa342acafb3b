import { Box, FormHelperText, FormLabel, Rating, Stack, Typography } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useResourceContext, type Validator } from 'react-admin';
import { useLookupChoices } from '../lookups/useLookups';

type Scores = Record<string, number>;

/** A score (1–5 stars) per entry of a lookup list: how the customer rated each service item. */
export function ScoresInput({ source, lookup, validate }: { source: string; lookup: string; validate?: Validator[] }) {
  const resource = useResourceContext();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const scores: Scores = field.value && typeof field.value === 'object' ? (field.value as Scores) : {};
  const { choices } = useLookupChoices(lookup);
  const extra = Object.keys(scores).filter((k) => !choices.some((c) => c.id === k));
  const items = [...choices.map((c) => ({ id: c.id, name: c.name })), ...extra.map((k) => ({ id: k, name: k }))];
  const set = (key: string, value: number | null) => {
    const next: Scores = { ...scores };
    if (value) next[key] = value;
    else delete next[key];
    field.onChange(Object.keys(next).length ? next : null);
  };
  return (
    <Box sx={{ my: 1 }}>
      <FormLabel component="legend" error={fieldState.invalid} sx={{ fontSize: '0.8rem' }}>
        <FieldTitle source={source} resource={resource} isRequired={isRequired} />
      </FormLabel>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' }, columnGap: 3, rowGap: 0.5, mt: 0.5 }}>
        {items.map((item) => (
          <Stack key={item.id} direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="body2">{item.name}</Typography>
            <Rating name={`${source}.${item.id}`} value={scores[item.id] ?? null} onChange={(_e, v) => set(item.id, v)} size="small" />
          </Stack>
        ))}
      </Box>
      {fieldState.invalid && (
        <FormHelperText error>
          <InputHelperText error={fieldState.error?.message} />
        </FormHelperText>
      )}
    </Box>
  );
}
