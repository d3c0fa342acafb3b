import { useTranslate } from 'react-admin';

/** The application's name, shown on pages without a title of their own (not found, errors). */
export function AppTitle() {
  const translate = useTranslate();
  return <>{translate('crm.app.title')}</>;
}
