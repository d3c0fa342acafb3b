import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Button, CircularProgress, ThemeProvider, Typography } from '@mui/material';
import { MetaContext, MetaReloadContext } from './MetaContext';
import { setCustomLabels } from './customLabels';
import type { Meta } from './types';
import { takeBootRequest } from './bootRequests';
import { i18nProvider } from '../i18n/i18nProvider';
import { lightTheme } from '../theme';

type State = { status: 'loading' } | { status: 'ready'; meta: Meta } | { status: 'failed' };

async function requestMeta(): Promise<Meta> {
  const early = await takeBootRequest('meta');
  // a refused early answer is read to the end (or the browser keeps it open) and asked again
  if (early && !early.ok) await early.text().catch(() => '');
  const response = early?.ok ? early : await fetch('/api/meta', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/meta answered ${response.status}`);
  return (await response.json()) as Meta;
}

/** One request per page load (React's strict mode runs effects twice in development); a failure may be retried. */
let pending: Promise<Meta> | null = null;
function fetchMeta(): Promise<Meta> {
  pending ??= requestMeta().then(
    (meta) => {
      setCustomLabels(meta);
      return meta;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** Asks again (the admin changed custom fields, or the tab comes back after a while). */
async function refetchMeta(): Promise<Meta> {
  pending = null;
  return fetchMeta();
}

/** A tab coming back to the front after this long asks whether the admin changed the fields meanwhile. */
const STALE_AFTER_MS = 60_000;

/**
 * Loads /api/meta at start (screens are built from it) and shows a small loading state meanwhile; loads it again
 * when asked (the custom fields screen after a change) and when the tab is shown again after a minute, so a field
 * an admin added appears on everyone's screens without a restart.
 */
export function MetaProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const loadedAt = useRef(0);
  const load = useCallback(() => {
    setState({ status: 'loading' });
    fetchMeta().then(
      (meta) => {
        loadedAt.current = Date.now();
        setState({ status: 'ready', meta });
      },
      () => setState({ status: 'failed' }),
    );
  }, []);
  useEffect(load, [load]);
  const reload = useCallback(async () => {
    const meta = await refetchMeta();
    loadedAt.current = Date.now();
    setState({ status: 'ready', meta });
  }, []);
  useEffect(() => {
    const onShow = () => {
      if (document.visibilityState === 'visible' && Date.now() - loadedAt.current > STALE_AFTER_MS) reload().catch(() => {});
    };
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [reload]);

  if (state.status === 'ready') {
    return (
      <MetaReloadContext.Provider value={reload}>
        <MetaContext.Provider value={state.meta}>{children}</MetaContext.Provider>
      </MetaReloadContext.Provider>
    );
  }
  return (
    <ThemeProvider theme={lightTheme}>
      <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'background.default' }}>
        {state.status === 'loading' ? (
          <Box sx={{ textAlign: 'center' }} role="status">
            <CircularProgress size={32} />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {i18nProvider.translate('crm.app.loading')}
            </Typography>
          </Box>
        ) : (
          <Box sx={{ textAlign: 'center' }} role="alert">
            <Typography variant="body1" sx={{ mb: 2 }}>
              {i18nProvider.translate('crm.app.meta_failed')}
            </Typography>
            <Button variant="contained" onClick={load}>
              {i18nProvider.translate('crm.app.retry')}
            </Button>
          </Box>
        )}
      </Box>
    </ThemeProvider>
  );
}
