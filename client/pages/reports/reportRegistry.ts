import { lazy, type ComponentType } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import DiamondIcon from '@mui/icons-material/Diamond';
import DirectionsCarIcon from '@mui/icons-material/DirectionsCar';
import EventNoteIcon from '@mui/icons-material/EventNote';
import InsightsIcon from '@mui/icons-material/Insights';
import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';

/** One report in the menu's 报表中心 group: where it lives, its menu label, icon, and the list a role must be able to open to see it. */
export interface ReportEntry {
  key: string;
  path: string;
  /** i18n key of the menu label */
  label: string;
  icon: ComponentType;
  /** the resource whose list the report counts; a role that cannot list it does not see the report */
  needs: string;
  /** the page, loaded when first opened (the reports stay out of the first screen's download) */
  page: ComponentType;
}

const page = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));

/** The reports, in the order the menu shows them (the customer base first, then care, then events). */
export const REPORTS: ReportEntry[] = [
  { key: 'prospects', path: '/reports/prospects', label: 'crm.prospects.menu', icon: PersonSearchIcon, needs: 'customers', page: page(async () => (await import('./prospects/ProspectsPage')).ProspectsPage) },
  { key: 'owners', path: '/reports/owners', label: 'crm.owners.menu', icon: DirectionsCarIcon, needs: 'customers', page: page(async () => (await import('./owners/OwnerReportPage')).OwnerReportPage) },
  { key: 'value', path: '/reports/value', label: 'crm.value.menu', icon: DiamondIcon, needs: 'customers', page: page(async () => (await import('./value/ValuePage')).ValuePage) },
  { key: 'complaints', path: '/reports/complaints', label: 'crm.reports.complaints.menu', icon: InsightsIcon, needs: 'complaints',
    page: page(async () => (await import('./complaints/ComplaintAnalysisPage')).ComplaintAnalysisPage) },
  { key: 'satisfaction', path: '/reports/satisfaction', label: 'crm.satisfaction.menu', icon: SentimentSatisfiedAltIcon, needs: 'follow_ups',
    page: page(async () => (await import('./satisfaction/SatisfactionPage')).SatisfactionPage) },
  { key: 'followups', path: '/followup-report', label: 'crm.followups.menu', icon: AssessmentIcon, needs: 'follow_ups',
    page: page(async () => (await import('../followups/FollowUpReportPage')).FollowUpReportPage) },
  { key: 'events', path: '/reports/events', label: 'crm.eventReport.menu', icon: EventNoteIcon, needs: 'events', page: page(async () => (await import('./events/EventComparisonPage')).EventComparisonPage) },
];
