/**
 * The print rules every printable page shares: on paper the app bar, the menu and anything marked `no-print`
 * go, and the content takes the page's whole width on white. Spread inside a page's own `@media print` block.
 */
export const PRINT_WITHOUT_CHROME = {
  'header, .MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .no-print, .RaLayout-appFrame > .MuiToolbar-root': { display: 'none !important' },
  'body, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': {
    background: '#fff !important', margin: '0 !important', padding: '0 !important', marginTop: '0 !important', minHeight: '0 !important',
  },
} as const;
