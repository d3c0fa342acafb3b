import { Typography } from '@mui/material';
import { ArrayInput, SimpleFormIterator, TextInput, maxLength, regex, required, useTranslate } from 'react-admin';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * The questionnaire's questions as rows of key + Chinese + English text (the `items` JSON list). The server
 * checks them again (1–30 items, unique keys) and its reasons land on the very row (`items.2.key`).
 */
export function SurveyItemsInput() {
  const translate = useTranslate();
  const t = (key: string) => translate(`crm.followups.templates.${key}`);
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>{t('items')}</Typography>
      <Typography variant="caption" color="text.secondary">{t('hint')}</Typography>
      <ArrayInput source="items" label={false} validate={required()}>
        <SimpleFormIterator inline disableReordering={false} getItemLabel={(i) => `${i + 1}.`}>
          <TextInput source="key" label={t('key')} validate={[required(), regex(KEY, t('key'))]} helperText={false} sx={{ minWidth: 160 }} />
          <TextInput source="label_zh" label={t('label_zh')} validate={[required(), maxLength(100)]} helperText={false} sx={{ minWidth: 220 }} />
          <TextInput source="label_en" label={t('label_en')} validate={[required(), maxLength(100)]} helperText={false} sx={{ minWidth: 220 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
