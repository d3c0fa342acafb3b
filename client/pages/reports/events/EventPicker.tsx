import { Autocomplete, Button, Chip, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { chinaDayOf, MAX_EVENTS, type EventChoice } from './eventComparisonApi';

export interface EventPickerProps {
  /** the events held in the range (newest first) */
  choices: EventChoice[];
  /** the events compared now (the default ones until some are chosen) */
  value: EventChoice[];
  /** true when the address names the events (not the default) */
  chosen: boolean;
  onChange: (ids: number[] | null) => void;
}

const optionLabel = (e: EventChoice) => `${e.title} · ${chinaDayOf(e.start_at)}`;

/** Which events to compare: up to MAX_EVENTS of those held in the range; "back to default" forgets the choice. */
export function EventPicker({ choices, value, chosen, onChange }: EventPickerProps) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.eventReport.${key}`, args);
  const options = [...choices, ...value.filter((v) => !choices.some((c) => c.id === v.id))];
  const full = value.length >= MAX_EVENTS;
  return (
    <Stack direction="row" sx={{ mt: 1.5, gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Autocomplete
        multiple size="small" options={options} value={value} disableCloseOnSelect filterSelectedOptions
        getOptionLabel={optionLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        getOptionDisabled={(o) => full && !value.some((v) => v.id === o.id)}
        onChange={(_, next) => onChange(next.length ? next.map((e) => e.id) : null)}
        renderValue={(selected, getItemProps) => selected.map((e, index) => {
          const { key, ...item } = getItemProps({ index });
          return <Chip key={key} size="small" label={e.title} {...item} />;
        })}
        renderInput={(params) => (
          <TextField {...params} margin="none" label={t('picker')} helperText={t('picker_hint', { max: MAX_EVENTS })} />
        )}
        sx={{ width: { xs: '100%', md: 720 } }}
        data-testid="event-picker"
      />
      {chosen && <Button size="small" onClick={() => onChange(null)}>{t('picker_clear')}</Button>}
    </Stack>
  );
}
