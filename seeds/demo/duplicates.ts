import type { Draft } from './customers.js';
import type { Row } from './context.js';

/**
 * Duplicate customer records as a real dealership has them (客户档案重复): the same person entered twice, by
 * another consultant at a later visit, with the phone typed differently, a homophone or typo in the name, the
 * address written a little differently, or only the e-mail and birthday to go by. One customer in
 * EVERY becomes a second record of the customer before it, in one of four ways, so the duplicates page has a
 * handful of pairs of each strength in the demo (2,000 customers: 5) and a few hundred at 100,000.
 */
const EVERY = 397;

/** Characters that sound alike (同音字), as a clerk mishears or mistypes a name. */
const HOMOPHONES: Record<string, string> = {
  伟: '玮', 明: '铭', 华: '桦', 军: '君', 芳: '方', 丽: '莉', 静: '婧', 敏: '民', 磊: '蕾', 洋: '阳',
  勇: '永', 艳: '燕', 杰: '洁', 娟: '鹃', 涛: '韬', 平: '萍', 刚: '钢', 霞: '夏', 峰: '锋', 辉: '晖',
  红: '虹', 玲: '琳', 婷: '庭', 斌: '彬', 鹏: '朋', 宇: '雨', 浩: '昊', 欣: '新', 佳: '嘉', 雪: '薛',
};

export const isPlantedDuplicate = (index: number): boolean => index % EVERY === EVERY - 1;

function misheard(name: string): string {
  const chars = [...name];
  for (let i = chars.length - 1; i > 0; i--) {
    const alike = HOMOPHONES[chars[i]];
    if (alike) return [...chars.slice(0, i), alike, ...chars.slice(i + 1)].join('');
  }
  return name;
}

const spaced = (phone: string) => {
  const d = phone.replace(/\D/g, '');
  return d.length === 11 ? `+86 ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : phone;
};

/** Makes `draft` a second record of `original` (the customer before it); its own history stays its own. */
export function plantDuplicate(draft: Draft, original: Draft): Draft {
  const o = original.profile;
  const way = Math.floor(draft.index / EVERY) % 4;
  const profile: Row = { ...draft.profile, gender: o.gender, city: o.city, region: o.region, id_number: null };
  if (way === 0) {
    // entered again at a later visit: the same person, the phone typed with the country code
    Object.assign(profile, { name: o.name, phone: o.phone == null ? null : spaced(String(o.phone)), address: o.address, birthday: o.birthday, email: o.email });
  } else if (way === 1) {
    // the name misheard on the phone (同音字), the same mobile, the address without the unit
    Object.assign(profile, { name: misheard(String(o.name)), phone: o.phone, address: o.address == null ? null : String(o.address).replace(/\d+单元/, ''), birthday: null });
  } else if (way === 2) {
    // a new mobile number: only the name, the birthday and the address say it is the same person
    Object.assign(profile, { name: o.name, birthday: o.birthday, address: o.address, email: null });
  } else {
    // registered from a web lead: the e-mail and the name, nothing else
    Object.assign(profile, { name: o.name, email: o.email ?? `${String(original.person.ascii.surname)}${String(original.person.ascii.given)}@163.com`, birthday: o.birthday, address: null });
  }
  return { ...draft, gender: original.gender, loc: original.loc, person: { ...original.person, name: String(profile.name) }, profile };
}
