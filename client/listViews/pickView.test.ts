import { describe, expect, it } from 'vitest';
import { groupViews, initialView, mayChange, mayShare, roleDefault } from './pickView';
import type { ListView } from './viewConfig';

const config = { columns: [], density: 'compact' as const, filter: {}, sort: null, per_page: 25 as const };
const view = (id: number, over: Partial<ListView> = {}): ListView => ({
  id, resource: 'customers', name: `视图${id}`, owner_id: 1, shared_role: null, default_for_role: false, config, version: 1, ...over,
});

describe('the view a list opens with', () => {
  const mine = view(1);
  const teamDefault = view(2, { owner_id: 9, shared_role: 'cs_specialist', default_for_role: true });
  const salesDefault = view(3, { owner_id: 9, shared_role: 'sales_consultant', default_for_role: true });
  const views = [mine, teamDefault, salesDefault];

  it('when nothing was chosen on this device, then the role default opens; another role gets its own; none without a default', () => {
    expect(initialView(views, undefined, 'cs_specialist')).toBe(teamDefault);
    expect(initialView(views, undefined, 'sales_consultant')).toBe(salesDefault);
    expect(initialView(views, undefined, 'cs_manager')).toBeNull();
  });

  it('when a view was chosen here, then it opens again; the standard layout chosen stays standard', () => {
    expect(initialView(views, { id: 1, version: 1 }, 'cs_specialist')).toBe(mine);
    expect(initialView(views, { id: null }, 'cs_specialist')).toBeNull();
  });

  it('when the chosen view is gone, then the role default opens instead', () => {
    expect(initialView(views, { id: 99 }, 'cs_specialist')).toBe(teamDefault);
  });

  it('when a default is only shared with a role, not marked default, then it does not open by itself', () => {
    expect(roleDefault([view(5, { shared_role: 'cs_specialist' })], 'cs_specialist')).toBeNull();
  });
});

describe('the picker sections and rights', () => {
  it('when views are grouped, then own views, the role\'s shared ones and the rest each come in name order', () => {
    const groups = groupViews([
      view(1, { name: '乙' }), view(2, { name: '甲' }), view(3, { owner_id: 2, shared_role: 'cs_specialist' }), view(4, { owner_id: 2, shared_role: 'sales_consultant' }),
    ], 1, 'cs_specialist');
    expect(groups.mine.map((v) => v.name)).toEqual(['甲', '乙']);
    expect(groups.shared.map((v) => v.id)).toEqual([3]);
    expect(groups.others.map((v) => v.id)).toEqual([4]);
  });

  it('when someone may change or share a view, then it is the owner or an admin, and managers or admins share', () => {
    expect(mayChange(view(1), 1, 'cs_specialist')).toBe(true);
    expect(mayChange(view(1), 2, 'cs_manager')).toBe(false);
    expect(mayChange(view(1), 2, 'admin')).toBe(true);
    expect(mayShare('cs_manager')).toBe(true);
    expect(mayShare('cs_specialist')).toBe(false);
  });
});
