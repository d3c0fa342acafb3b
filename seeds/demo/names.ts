import { pinyin } from 'pinyin-pro';
import { Rng, weighted } from './random.js';

/** Common surnames with their romanisation and a weight roughly proportional to how common they are. */
const SURNAMES = (
  '王:wang:71 李:li:70 张:zhang:68 刘:liu:54 陈:chen:46 杨:yang:31 黄:huang:22 赵:zhao:21 吴:wu:20 周:zhou:19 ' +
  '徐:xu:15 孙:sun:15 马:ma:13 朱:zhu:13 胡:hu:12 郭:guo:11 何:he:10 高:gao:10 林:lin:10 罗:luo:9 郑:zheng:9 ' +
  '梁:liang:8 谢:xie:7 宋:song:6 唐:tang:6 许:xu:6 韩:han:6 冯:feng:5 邓:deng:5 曹:cao:5 彭:peng:5 曾:zeng:5 ' +
  '肖:xiao:5 田:tian:4 董:dong:4 袁:yuan:4 潘:pan:4 于:yu:4 蒋:jiang:4 蔡:cai:4 余:yu:4 杜:du:4 叶:ye:4 ' +
  '程:cheng:3 苏:su:3 魏:wei:3 吕:lv:3 丁:ding:3 任:ren:3 沈:shen:3 姚:yao:3 卢:lu:3 姜:jiang:3 崔:cui:3 ' +
  '钟:zhong:3 谭:tan:3 陆:lu:3 汪:wang:3 范:fan:3 金:jin:3 石:shi:3 廖:liao:3 贾:jia:3 夏:xia:2 韦:wei:2 ' +
  '付:fu:2 方:fang:2 白:bai:2 邹:zou:2 孟:meng:2 熊:xiong:2 秦:qin:2 邱:qiu:2 江:jiang:2 尹:yin:2 薛:xue:2 ' +
  '闫:yan:2 段:duan:2 雷:lei:2 侯:hou:2 龙:long:2 史:shi:2 陶:tao:2 黎:li:2 贺:he:2 顾:gu:2 毛:mao:2 ' +
  '郝:hao:2 龚:gong:2 邵:shao:2 万:wan:2 钱:qian:2 严:yan:2 武:wu:2 戴:dai:2 莫:mo:1 孔:kong:1 汤:tang:1 ' +
  '欧阳:ouyang:0.5 司马:sima:0.2 上官:shangguan:0.2 诸葛:zhuge:0.2'
)
  .split(' ')
  .map((s) => s.split(':'))
  .map(([zh, py, w]) => [{ zh, py }, Number(w)] as const);

const surnames = weighted(SURNAMES);

const MALE = [...'伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰建国志文东海亮成博晨昊然轩子一天泽睿嘉家振永立德锋晓兵'];
const FEMALE = [...'芳娜敏静丽艳娟霞秀玲桂英燕萍红婷雪琳晶欣妍颖怡倩佳琪梦雨思涵悦慧瑶璐丹蕾薇莉兰月彤诗雯楠洁君晓文'];
const EN_MALE = ['David', 'Kevin', 'Michael', 'Jason', 'Tony', 'Eric', 'Frank', 'Peter', 'Leo', 'Jack', 'Steven', 'Andy'];
const EN_FEMALE = ['Emily', 'Grace', 'Linda', 'Cindy', 'Vivian', 'Amy', 'Lily', 'Helen', 'Sophia', 'Jessica', 'Coco', 'Wendy'];

export type Gender = 'male' | 'female' | 'unknown';

export interface PersonName {
  /** the name as written on the record */
  name: string;
  /** the Chinese surname (also for romanised names), for forms of address like 王先生 */
  surname: string;
  /** lower-case romanisation, for e-mail addresses */
  ascii: { surname: string; given: string };
  /** written in Latin letters ("Li Na", "David Wang") */
  latin: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function givenName(rng: Rng, gender: Gender): string {
  const pool = gender === 'female' ? FEMALE : gender === 'male' ? MALE : rng.chance(0.5) ? MALE : FEMALE;
  const first = rng.pick(pool);
  if (rng.chance(0.3)) return first;
  if (gender === 'female' && rng.chance(0.05)) return first + first; // 婷婷, 丽丽
  let second = rng.pick(pool);
  while (second === first) second = rng.pick(pool);
  return first + second;
}

function romanise(given: string): string {
  return pinyin(given, { toneType: 'none', type: 'array', v: true }).join('');
}

/** A Chinese name of 2–3 characters mostly; about 5% written in pinyin or as an English first name. */
export function personName(rng: Rng, gender: Gender, latinShare = 0.05): PersonName {
  const s = surnames.pick(rng);
  const given = givenName(rng, gender);
  if (!rng.chance(latinShare)) {
    return { name: s.zh + given, surname: s.zh, ascii: { surname: s.py, given: '' }, latin: false };
  }
  const givenPy = romanise(given);
  if (rng.chance(0.5)) {
    return { name: `${cap(s.py)} ${cap(givenPy)}`, surname: s.zh, ascii: { surname: s.py, given: givenPy }, latin: true };
  }
  const en = rng.pick(gender === 'female' ? EN_FEMALE : EN_MALE);
  return { name: `${en} ${cap(s.py)}`, surname: s.zh, ascii: { surname: s.py, given: en.toLowerCase() }, latin: true };
}

/** The romanised given name (computed only when needed: it is the slow part). */
export function asciiGiven(n: PersonName): string {
  if (n.ascii.given) return n.ascii.given;
  const given = n.name.slice(n.surname.length);
  n.ascii.given = romanise(given);
  return n.ascii.given;
}

/** How a letter or message addresses the person: 王先生 / 李女士 / David Wang. */
export function honorific(n: PersonName, gender: Gender): string {
  if (n.latin) return n.name;
  if (gender === 'male') return `${n.surname}先生`;
  if (gender === 'female') return `${n.surname}女士`;
  return n.name;
}

const PHONE_PREFIXES = weighted([
  ['130', 3], ['131', 3], ['132', 2], ['133', 2], ['135', 5], ['136', 5], ['137', 5], ['138', 7], ['139', 7],
  ['150', 3], ['151', 3], ['152', 2], ['155', 2], ['156', 2], ['157', 2], ['158', 4], ['159', 4],
  ['166', 1], ['176', 1], ['177', 1], ['180', 2], ['181', 2], ['182', 2], ['185', 3], ['186', 4],
  ['187', 2], ['188', 3], ['189', 3], ['199', 1],
] as const);

/**
 * A mobile number unique to `serial`: the last eight digits are a bijection of the serial (an odd
 * multiplier not divisible by 5 permutes 0..10^8-1), so no two customers share a number.
 */
export function mobile(rng: Rng, serial: number, spaced: boolean): string {
  const tail = String((serial * 61_803_399 + 27_182_818) % 100_000_000).padStart(8, '0');
  const prefix = PHONE_PREFIXES.pick(rng);
  return spaced ? `${prefix} ${tail.slice(0, 4)} ${tail.slice(4)}` : prefix + tail;
}

const DOMAINS = weighted([['163.com', 30], ['qq.com', 30], ['126.com', 10], ['sina.com', 5], ['gmail.com', 5], ['outlook.com', 5], ['hotmail.com', 4], ['foxmail.com', 4]] as const);

export function emailOf(rng: Rng, n: PersonName, birthYear: number | null): string {
  const domain = DOMAINS.pick(rng);
  if (domain === 'qq.com') return `${rng.int(1, 9)}${rng.digits(rng.int(7, 9))}@qq.com`;
  const given = asciiGiven(n).replace(/[^a-z]/g, '');
  const styles = [
    `${n.ascii.surname}${given}`,
    `${given}.${n.ascii.surname}`,
    `${n.ascii.surname}${given.charAt(0)}`,
    `${n.ascii.surname}.${given}`,
  ];
  const suffix = rng.chance(0.5) ? (birthYear ? String(birthYear % 100).padStart(2, '0') : rng.digits(3)) : '';
  return `${rng.pick(styles)}${suffix}@${domain}`;
}
