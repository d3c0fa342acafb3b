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
import { AccountPage } from './pages/account/AccountPage';
import { ImportPage } from './pages/import/ImportPage';
import { TiersPage } from './pages/tiers/TiersPage';
import { CheckInPage } from './pages/events/checkin/CheckInPage';
import { PlanPage } from './pages/events/plan/PlanPage';
import { CalendarPage } from './pages/events/calendar/CalendarPage';
import { MyTasksPage } from './pages/tasks/MyTasksPage';
import { InvitationListPage } from './pages/events/invitations/InvitationListPage';
import { RectificationNoticePage } from './pages/complaints/RectificationNoticePage';
import { AppointmentsPage } from './pages/appointments/AppointmentsPage';
import { TodayPage } from './pages/today/TodayPage';
import { TodayLanding } from './pages/today/TodayLanding';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { REPORTS } from './pages/reports/reportRegistry';
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
          <Route path={AccountPage.path} element={<AccountPage />} />
          <Route path={ImportPage.path} element={<ImportPage />} />
          <Route path={TiersPage.path} element={<TiersPage />} />
          <Route path={CheckInPage.path} element={<CheckInPage />} />
          <Route path={PlanPage.path} element={<PlanPage />} />
          <Route path={CalendarPage.path} element={<CalendarPage />} />
          <Route path={MyTasksPage.path} element={<MyTasksPage />} />
          <Route path={InvitationListPage.path} element={<InvitationListPage />} />
          <Route path={RectificationNoticePage.path} element={<RectificationNoticePage />} />
          <Route path={AppointmentsPage.path} element={<AppointmentsPage />} />
          <Route path={TodayPage.path} element={<TodayPage />} />
          <Route path={DashboardPage.path} element={<DashboardPage />} />
          {REPORTS.map(({ key, path, page: Page }) => (
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
