import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import { useLocaleState, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n/formats';

/** 中文 / English before signing in: the choice is stored like the app bar's and carries on after sign-in. */
export function LoginLocaleSwitch() {
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={locale}
      aria-label={translate('crm.auth.login.language')}
      onChange={(_event, value: string | null) => {
        if (value) setLocale(value);
      }}
      sx={{ '& .MuiToggleButton-root': { px: 1.25, py: 0.25, textTransform: 'none', fontSize: '0.8rem' } }}
    >
      {LOCALES.map(({ locale: value, name }) => (
        <ToggleButton key={value} value={value} lang={value === 'en' ? 'en' : 'zh-CN'}>
          {value === locale && <TranslateIcon sx={{ fontSize: '0.95rem', mr: 0.5 }} />}
          {name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
