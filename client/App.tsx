import { Suspense, useMemo } from 'react';
import { LinearProgress } from '@mui/material';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import DatasetIcon from '@mui/icons-material/Dataset';
import { createAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppTitle } from './layout/AppTitle';
import { Layout } from './layout/Layout';
import { orderedResources } from './layout/menuGroups';
import { useMeta } from './meta/MetaContext';
import { genericResource } from './resources/generic/genericResource';
import { representationOf } from './resources/generic/representation';
import { ListColumnsContext } from './resources/ListColumnsContext';
import { screenSets } from './resources/registry';
import type { ScreenSet } from './resources/types';
import { TodayPage } from './pages/today/TodayPage';
import { TodayLanding } from './pages/today/TodayLanding';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { REPORTS } from './pages/reports/reportRegistry';
import { LAZY_PAGES } from './pages/lazyPages';
import { darkTheme, lightTheme } from './theme';

const dataProvider = createDataProvider(() => i18nProvider.getLocale());
const authProvider = createAuthProvider(() => i18nProvider.getLocale());

/** A resource the server declares but the client has no folder for yet still gets generated screens. */
const fallback = genericResource({ icon: DatasetIcon });

export function App() {
  const meta = useMeta();
  const names = useMemo(() => orderedResources(meta), [meta]);
  const sets = useMemo(
    () => Object.fromEntries(names.map((name): [string, ScreenSet] => [name, screenSets[name] ?? fallback])),
    [names],
  );
  const columns = useMemo(() => Object.fromEntries(names.map((name) => [name, sets[name].listColumns])), [names, sets]);
  return (
    <ListColumnsContext.Provider value={columns}>
      <Admin
        dataProvider={dataProvider}
        authProvider={authProvider}
        loginPage={LoginPage}
        requireAuth
        i18nProvider={i18nProvider}
        layout={Layout}
        theme={lightTheme}
        darkTheme={darkTheme}
        title={<AppTitle />}
        disableTelemetry
        dashboard={TodayLanding}
      >
        <CustomRoutes>
          <Route path={TodayPage.path} element={<TodayPage />} />
          <Route path={DashboardPage.path} element={<DashboardPage />} />
          {[...LAZY_PAGES, ...REPORTS].map(({ key, path, page: Page }) => (
            <Route key={key} path={path} element={<Suspense fallback={<LinearProgress />}><Page /></Suspense>} />
          ))}
        </CustomRoutes>
        {names.map((name) => {
          const { listColumns: _columns, recordRepresentation, ...screens } = sets[name];
          const resource = meta.resources[name];
          return (
            <Resource
              key={name}
              name={name}
              {...screens}
              recordRepresentation={recordRepresentation ?? ((record) => representationOf(resource, record, i18nProvider))}
            />
          );
        })}
      </Admin>
    </ListColumnsContext.Provider>
  );
}
