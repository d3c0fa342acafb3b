import { FormControl, FormHelperText, FormLabel, ToggleButton, ToggleButtonGroup } from '@mui/material';

export interface ScoreButtonsProps {
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  hint?: string;
}

/** One question's score as a row of buttons (1–5 or 0–10), wrapping on a phone. */
export function ScoreButtons({ label, min, max, value, onChange, error, hint }: ScoreButtonsProps) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <FormControl error={Boolean(error)} sx={{ display: 'block', mb: 1.5 }}>
      <FormLabel sx={{ fontSize: 14 }}>{label}</FormLabel>
      <ToggleButtonGroup
        exclusive
        size="small"
        color={value !== null && value <= (max === 10 ? 6 : 2) ? 'error' : 'primary'}
        value={value}
        onChange={(_, v: number | null) => onChange(v)}
        sx={{ display: 'flex', flexWrap: 'wrap', mt: 0.5 }}
        aria-label={label}
      >
        {values.map((v) => (
          <ToggleButton key={v} value={v} sx={{ minWidth: 40, px: 1 }}>{v}</ToggleButton>
        ))}
      </ToggleButtonGroup>
      {(error || hint) && <FormHelperText>{error || hint}</FormHelperText>}
    </FormControl>
  );
}
