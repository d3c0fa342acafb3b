import { Menu as RaMenu } from 'react-admin';
import { useMeta } from '../meta/MetaContext';
import { menuGroups } from './menuGroups';
import { MenuGroupHeading } from './MenuGroupHeading';

/** The menu grouped by job (customers, care, events, membership, settings), each resource with its icon. */
export function Menu() {
  const meta = useMeta();
  // a flat list: MUI's MenuList takes no fragments
  const items = menuGroups(meta).flatMap(({ group, resources }, i) => [
    <MenuGroupHeading key={`group.${group}`} group={group} first={i === 0} />,
    ...resources.map((name) => <RaMenu.ResourceItem key={name} name={name} />),
  ]);
  return <RaMenu>{items}</RaMenu>;
}
