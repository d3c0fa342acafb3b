import { resources } from '../resources/index.js';
import { ACTIONS, ownCustomersOnly, rightsOf, type Action, type Actor, type Right } from './roles.js';

/** What the client needs to know about the signed-in user to show only what their role may do. */
export interface Profile {
  user: Actor;
  csrfToken: string | null;
  /** resource → the actions the role may take on it (resources it may not read are left out) */
  access: Record<string, Action[]>;
  rights: readonly Right[];
  /** 'own_customers': every customer list and record is narrowed to the customers the user owns */
  scope: 'all' | 'own_customers';
}

export function profileOf(actor: Actor, csrfToken: string | null): Profile {
  const access: Record<string, Action[]> = {};
  for (const def of Object.values(resources)) {
    const actions = ACTIONS.filter((a) => def.access[a].includes(actor.role));
    if (actions.includes('read')) access[def.name] = actions;
  }
  return {
    user: actor,
    csrfToken,
    access,
    rights: rightsOf[actor.role],
    scope: ownCustomersOnly.includes(actor.role) ? 'own_customers' : 'all',
  };
}
