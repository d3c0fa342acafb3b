import { Menu as RaMenu } from 'react-admin';
import { listableResources } from '../auth/access';
import { useProfile } from '../auth/useProfile';
import { useMeta } from '../meta/MetaContext';
import { menuGroups } from './menuGroups';
import { MenuGroupHeading } from './MenuGroupHeading';

/**
 * The menu grouped by job (customers, care, events, membership, settings), each resource with its icon.
 * Only what the user's role may list is offered, and a group left empty loses its heading too.
 */
export function Menu() {
  const meta = useMeta();
  const profile = useProfile() ?? null;
  const groups = menuGroups(meta)
    .map(({ group, resources }) => ({ group, resources: listableResources(profile, resources) }))
    .filter(({ resources }) => resources.length > 0);
  // a flat list: MUI's MenuList takes no fragments
  const items = groups.flatMap(({ group, resources }, i) => [
    <MenuGroupHeading key={`group.${group}`} group={group} first={i === 0} />,
    ...resources.map((name) => <RaMenu.ResourceItem key={name} name={name} />),
  ]);
  return <RaMenu>{items}</RaMenu>;
}
