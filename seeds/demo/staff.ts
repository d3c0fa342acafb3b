import type { Clock } from './dates.js';
import { stamps, type Row, type Staff } from './context.js';
import { searchTextOf } from '../../server/rest/service.js';
import { users } from '../../server/resources/users.js';

type Role = 'admin' | 'cs_manager' | 'cs_specialist' | 'sales_consultant';
type Duty = 'admin' | 'manager' | 'specialist' | 'sales' | 'advisor' | 'former';

/** The department's staff: usernames in pinyin, departments from the `department` lookup. */
const STAFF: [username: string, name: string, role: Role, department: string, duty: Duty][] = [
  ['admin', '周建国', 'admin', 'administration', 'admin'],
  ['wang.fang', '王芳', 'cs_manager', 'customer_relations', 'manager'],
  ['chen.jing', '陈静', 'cs_manager', 'customer_relations', 'manager'],
  ['li.na', '李娜', 'cs_specialist', 'customer_relations', 'specialist'],
  ['zhang.min', '张敏', 'cs_specialist', 'customer_relations', 'specialist'],
  ['liu.yang', '刘洋', 'cs_specialist', 'customer_relations', 'specialist'],
  ['zhao.ting', '赵婷', 'cs_specialist', 'customer_relations', 'specialist'],
  ['yang.fan', '杨帆', 'sales_consultant', 'sales', 'sales'],
  ['huang.lei', '黄磊', 'sales_consultant', 'sales', 'sales'],
  ['wu.hao', '吴昊', 'sales_consultant', 'sales', 'sales'],
  ['xu.li', '徐丽', 'sales_consultant', 'sales', 'sales'],
  ['sun.peng', '孙鹏', 'sales_consultant', 'sales', 'sales'],
  ['ma.chao', '马超', 'sales_consultant', 'sales', 'sales'],
  ['hu.jun', '胡军', 'sales_consultant', 'after_sales', 'advisor'],
  ['guo.qiang', '郭强', 'sales_consultant', 'after_sales', 'advisor'],
  ['he.wei', '何伟', 'sales_consultant', 'after_sales', 'advisor'],
  ['lin.feng', '林峰', 'sales_consultant', 'sales', 'former'],
];

/**
 * One user per role signs in with a documented password (README, "Demo accounts"). The admin's own
 * password comes from ADMIN_PASSWORD or is printed at first start; the other staff have none until an
 * admin sets one.
 */
export const DEMO_PASSWORDS: Record<string, string> = {
  'wang.fang': 'manager-demo',
  'li.na': 'specialist-demo',
  'yang.fan': 'sales-demo',
};

/**
 * The user rows to insert and who is who. A username that already exists (an installation's own admin)
 * is reused rather than written twice.
 */
export function staffRows(clock: Clock, existing: Map<string, number>, nextId: () => number): { rows: Row[]; staff: Staff } {
  const staff: Staff = { admin: 0, managers: [], specialists: [], sales: [], advisors: [], names: new Map() };
  const rows: Row[] = [];
  const created = clock.nowMs - 3 * 365 * 86_400_000;
  STAFF.forEach(([username, name, role, department, duty], i) => {
    let id = existing.get(username);
    if (id === undefined) {
      id = nextId();
      const row = {
        id, username, name, role, department,
        phone: `010-6${String(4_250_000 + i * 17).padStart(7, '0')}`,
        email: `${username}@jingcheng-4s.com.cn`,
        active: duty !== 'former',
      };
      rows.push({ ...row, ...stamps(clock, created + i * 86_400_000 * 20), search_text: searchTextOf(users, row) });
    }
    staff.names.set(id, name);
    if (duty === 'admin') staff.admin = id;
    else if (duty === 'manager') staff.managers.push(id);
    else if (duty === 'specialist') staff.specialists.push(id);
    else if (duty === 'sales') staff.sales.push(id);
    else if (duty === 'advisor') staff.advisors.push(id);
  });
  return { rows, staff };
}
