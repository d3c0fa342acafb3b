import type { ListView } from './viewConfig';

/** Which view a list opens with on this device: `undefined` never chosen here, `null` the list's standard layout. */
export type CurrentChoice = { id: number | null; version?: number } | undefined;

/**
 * The view to open: the one last chosen on this device while it still exists (and is still readable); else, when
 * nothing was ever chosen here (a new device, a first visit) or the chosen view is gone, the role's default for
 * this list; else none.
 */
export function initialView(views: readonly ListView[], choice: CurrentChoice, role: string): ListView | null {
  if (choice && choice.id === null) return null;
  if (choice) {
    const chosen = views.find((v) => v.id === choice.id);
    if (chosen) return chosen;
  }
  return roleDefault(views, role);
}

export function roleDefault(views: readonly ListView[], role: string): ListView | null {
  return views.find((v) => v.default_for_role && v.shared_role === role) ?? null;
}

export interface ViewGroups {
  /** the user's own views */
  mine: ListView[];
  /** others' views shared with the user's role */
  shared: ListView[];
  /** what a manager or admin also reads: views shared with other roles, and (admin) others' private ones */
  others: ListView[];
}

const byName = (a: ListView, b: ListView) => a.name.localeCompare(b.name, 'zh-Hans-CN');

/** The picker's sections, each in name order. */
export function groupViews(views: readonly ListView[], userId: number, role: string): ViewGroups {
  const mine = views.filter((v) => v.owner_id === userId).sort(byName);
  const shared = views.filter((v) => v.owner_id !== userId && v.shared_role === role).sort(byName);
  const others = views.filter((v) => v.owner_id !== userId && v.shared_role !== role).sort(byName);
  return { mine, shared, others };
}

/** Who may change or delete a view (the server decides; the screen only offers what it would allow). */
export function mayChange(view: ListView, userId: number, role: string): boolean {
  return view.owner_id === userId || role === 'admin';
}

/** Who may share a view with a role or make it a role's default. */
export function mayShare(role: string): boolean {
  return role === 'admin' || role === 'cs_manager';
}
