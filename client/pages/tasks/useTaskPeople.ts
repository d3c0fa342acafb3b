import { useMemo } from 'react';
import { useGetIdentity, useGetList } from 'react-admin';
import type { CrmIdentity } from '../../auth/authProvider';

export interface StaffMember {
  id: number;
  name: string;
  role: string;
  active?: boolean;
}

/** Who is signed in (and whether they may look at others' tasks and pass any check), and every staff member's name. */
export function useTaskPeople() {
  const { identity } = useGetIdentity();
  const me = identity as CrmIdentity | undefined;
  const { data: users = [] } = useGetList<StaffMember>('users', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const names = useMemo(() => new Map(users.map((u) => [Number(u.id), u.name])), [users]);
  return {
    me: me ? Number(me.id) : undefined,
    manager: me?.role === 'cs_manager' || me?.role === 'admin',
    users,
    names,
  };
}
