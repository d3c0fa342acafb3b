import { Menu } from 'react-admin';
import { useTranslate } from 'react-admin';
import { REPORTS } from '../pages/reports/reportRegistry';
import { MenuGroupHeading } from './MenuGroupHeading';

/** The menu's 报表中心 group: every report whose list the role may open (see reportRegistry); nothing when none. */
export function reportMenuItems(listable: ReadonlySet<string>, first: boolean) {
  const reports = REPORTS.filter((r) => listable.has(r.needs));
  if (!reports.length) return [];
  return [<MenuGroupHeading key="group.reports" group="reports" first={first} />, ...reports.map((r) => <ReportMenuItem key={`reports.${r.key}`} entry={r} />)];
}

function ReportMenuItem({ entry }: { entry: (typeof REPORTS)[number] }) {
  const translate = useTranslate();
  const Icon = entry.icon;
  return <Menu.Item to={entry.path} primaryText={translate(entry.label)} leftIcon={<Icon />} />;
}
