import { GlobalStyles } from '@mui/material';
import { PRINT_WITHOUT_CHROME } from '../../../layout/printChrome';

/**
 * On paper only the list prints: the app bar, the menu and every button go, the content takes the whole A4 width.
 * Rows and cards never break across pages (their own styles say so).
 */
export const invitationPrintStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        ...PRINT_WITHOUT_CHROME,
        '.crm-invitations': { color: '#000' },
        '@page': { size: 'A4', margin: '12mm' },
      },
    }}
  />
);
