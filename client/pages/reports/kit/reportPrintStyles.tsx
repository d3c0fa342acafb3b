import { GlobalStyles } from '@mui/material';
import { PRINT_WITHOUT_CHROME } from '../../../layout/printChrome';

/**
 * On paper a report takes the A4 page's whole width: the app bar and the menu go, the content loses its side
 * margins, and charts and cards are not split across pages.
 */
export const reportPrintStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        ...PRINT_WITHOUT_CHROME,
        '.MuiCard-root, .MuiPaper-root, svg': { breakInside: 'avoid' },
        '@page': { size: 'A4', margin: '12mm' },
      },
    }}
  />
);
