import type { ReactElement, ReactNode } from 'react';
import { Show, TabbedShowLayout, TabbedShowLayoutTabs, useResourceContext, useTranslate } from 'react-admin';
import { useMeta } from '../../meta/MetaContext';
import { relatedResources, showFields, type Related } from './columns';
import { FieldGrid } from './FieldGrid';
import { ReferenceTitle } from './ReferenceTitle';
import { RelatedTable } from './RelatedTable';
import { HistoryTab } from '../audit_log/HistoryTab';

export interface GenericShowProps {
  /** the related lists shown as tabs (default: every resource that references this one) */
  related?: readonly Related[];
  /** the toolbar (default: react-admin's edit button) */
  actions?: ReactElement;
  /** shown above the tabs (an event's scorecard) */
  header?: ReactNode;
  /** a related resource's own panel in place of its generic table (an event's tasks and budget), by resource name */
  panels?: Readonly<Record<string, ReactNode>>;
}

/** A detail page built from /api/meta: every field, one tab per related resource, then the record's history. */
export function GenericShow({ related, actions, header, panels = {} }: GenericShowProps) {
  const meta = useMeta();
  const name = useResourceContext() ?? '';
  const resource = meta.resources[name];
  const translate = useTranslate();
  const tabs = related ?? relatedResources(meta, name);
  const title = resource.fields[resource.title]?.type === 'reference' ? <ReferenceTitle resource={resource} /> : undefined;
  return (
    <Show title={title} actions={actions}>
      {header}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
        <TabbedShowLayout.Tab label="crm.show.details">
          <FieldGrid resource={resource} names={showFields(resource)} />
        </TabbedShowLayout.Tab>
        {tabs.map(({ resource: other, target }) => (
          <TabbedShowLayout.Tab key={`${other}.${target}`} label={translate(`resources.${other}.name`, { smart_count: 2 })} path={other}>
            {Object.hasOwn(panels, other) ? panels[other] : <RelatedTable reference={other} target={target} />}
          </TabbedShowLayout.Tab>
        ))}
        <TabbedShowLayout.Tab label="crm.audit.history" path="history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
