import { addYears, isoDate, type Day } from './dates.js';
import type { Ctx, Row } from './context.js';
import { birthArea, location, officeAddress, REGIONS, type Location } from './places.js';
import { emailOf, mobile, personName, type Gender, type PersonName } from './names.js';
import { idNumber } from './identifiers.js';
import { Rng, seedFor, weighted } from './random.js';
import { companyName, ethnicity, familyMembers, interests, mainBusiness } from './texts.js';
import { prospectCard } from './prospectCards.js';
import { isPlantedDuplicate, plantDuplicate } from './duplicates.js';

export type CustomerType = 'prospect' | 'owner' | 'fleet';

/** A customer while it is being generated: profile now, history and derived columns added by later steps. */
export interface Draft {
  index: number;
  id: number;
  rng: Rng;
  type: CustomerType;
  gender: Gender;
  person: PersonName;
  loc: Location;
  created: Day;
  /** owners and fleet: the day the first car was bought */
  firstPurchase: Day | null;
  /** churners stop coming after this day */
  churnDay: Day | null;
  ownerId: number | null;
  advisorId: number;
  /** how freely they spend in the workshop (log-normal around 1): drives amounts and points */
  spend: number;
  model: string;
  profile: Row;
  tags: Set<string>;
}

const SEED = 20261123;

const occupations = weighted([['manager', 15], ['civil_servant', 8], ['engineer', 15], ['teacher', 8], ['doctor', 5], ['self_employed', 15], ['office_staff', 25], ['freelancer', 6]] as const);
const industries = ['it', 'finance', 'manufacturing', 'retail', 'construction', 'logistics', 'catering', 'healthcare', 'education'];
const FIXED_INDUSTRY: Record<string, string> = { civil_servant: 'government', teacher: 'education', doctor: 'healthcare' };
const sources = weighted([['walk_in', 30], ['website', 14], ['phone_in', 10], ['auto_show', 8], ['advertising', 7], ['wechat', 14], ['referral', 12], ['event', 5]] as const);
const fleetSources = weighted([['fleet_tender', 70], ['referral', 15], ['phone_in', 15]] as const);
const fleetIndustries = ['logistics', 'construction', 'it', 'manufacturing', 'retail', 'catering', 'finance', 'healthcare'];
export const models = weighted([['sedan_a', 22], ['sedan_b', 15], ['suv_compact', 25], ['suv_mid', 12], ['mpv', 8], ['ev', 12], ['pickup', 6]] as const);
export const fleetModels = weighted([['mpv', 30], ['sedan_b', 25], ['pickup', 25], ['sedan_a', 10], ['ev', 10]] as const);
const purposes = weighted([['family', 45], ['commute', 30], ['replacement', 12], ['business', 8], ['gift', 5]] as const);
const credit = weighted([['excellent', 30], ['good', 45], ['fair', 20], ['poor', 5]] as const);
const channels = weighted([['phone', 40], ['wechat', 40], ['sms', 15], ['email', 5]] as const);
const potentials = weighted([['high', 25], ['medium', 50], ['low', 25]] as const);

function typeOf(rng: Rng): CustomerType {
  const r = rng.next();
  return r < 0.35 ? 'prospect' : r < 0.95 ? 'owner' : 'fleet';
}

/** The profile of customer number `index` (0-based); the same index always gives the same person. */
export function newCustomer(ctx: Ctx, index: number, id: number): Draft {
  const { clock, staff } = ctx;
  const rng = new Rng(seedFor(SEED, index));
  const type = typeOf(rng);
  const g = rng.next();
  const gender: Gender = g < 0.58 ? 'male' : g < 0.98 ? 'female' : 'unknown';
  const person = personName(rng, gender);
  const loc = location(rng);
  const today = clock.today;
  const firstPurchase = type === 'prospect' ? null : today - Math.floor(Math.pow(rng.next(), 0.9) * 2180) - 3;
  const created = firstPurchase !== null ? firstPurchase - rng.int(3, 60) : today - Math.floor(rng.next() * rng.next() * 730);
  const churnDay = firstPurchase !== null && rng.chance(0.22) ? firstPurchase + rng.int(120, Math.max(120, today - firstPurchase - 190)) : null;

  const age = rng.bell(23, 68);
  const hasBirthday = rng.chance(type === 'prospect' ? 0.7 : 0.92);
  const birthday = hasBirthday ? addYears(today, -age) - rng.int(0, 364) : null;
  const birthIso = birthday === null ? null : isoDate(birthday);
  const hasId = birthIso !== null && rng.chance(type === 'prospect' ? 0.45 : 0.9);
  const occupation = type === 'fleet' ? 'manager' : age > 58 && rng.chance(0.7) ? 'retired' : occupations.pick(rng);
  const industry = type === 'fleet' ? rng.pick(fleetIndustries) : FIXED_INDUSTRY[occupation] ?? (occupation === 'retired' || !rng.chance(0.8) ? null : rng.pick(industries));
  const cityZh = loc.region ? REGIONS[loc.region].cityZh : '成都市';
  const employed = industry !== null && ['manager', 'engineer', 'office_staff'].includes(occupation) && rng.chance(0.5);
  const company = type === 'fleet' || employed ? companyName(rng, industry ?? 'it', cityZh) : null;
  const phone = rng.chance(0.98) ? mobile(rng, index, rng.chance(0.4)) : null;
  const email = rng.chance(type === 'fleet' ? 0.8 : 0.3) ? emailOf(rng, person, birthday === null ? null : Number(birthIso?.slice(0, 4))) : null;
  const consentSms = phone !== null && rng.chance(0.82);
  const source = type === 'fleet' ? fleetSources.pick(rng) : sources.pick(rng);
  const model = type === 'fleet' ? fleetModels.pick(rng) : models.pick(rng);
  const fleet = type === 'fleet';
  const maxMonthly = fleet ? rng.int(200, 3000) * 100 : null;
  const opinionLeader = type !== 'prospect' && rng.chance(0.03);

  const profile: Row = {
    name: person.name, gender, birthday: birthIso, phone, email,
    address: type === 'prospect' && rng.chance(0.4) ? null : fleet ? officeAddress(rng, loc) : loc.address,
    city: loc.city, region: loc.region, occupation, industry, company, source,
    owner_id: type === 'prospect' && rng.chance(0.03) ? null : rng.pick(staff.sales),
    customer_type: type,
    id_number: hasId && birthIso ? idNumber(rng, birthArea(rng, loc), birthIso, gender) : null,
    ethnicity: rng.chance(0.6) ? ethnicity(rng) : null,
    family_members: !fleet && rng.chance(0.3) ? familyMembers(rng, rng.pick(['王', '李', '张', '刘', '陈', '赵', '孙', '周']), age) : null,
    purchase_purpose: fleet ? 'business' : rng.chance(0.8) ? purposes.pick(rng) : null,
    interests: !fleet && rng.chance(0.5) ? interests(rng) : null,
    opinion_leader: opinionLeader,
    consent_sms: consentSms,
    consent_email: email !== null && rng.chance(0.6),
    main_business: fleet ? mainBusiness(industry ?? 'logistics') : null,
    staff_count: fleet ? rng.pick([30, 50, 80, 120, 200, 350, 500, 800, 1200, 3000]) + rng.int(0, 20) : null,
    credit_rating: fleet ? credit.pick(rng) : null,
    max_monthly_purchase: maxMonthly,
    avg_monthly_purchase: maxMonthly === null ? null : Math.round((maxMonthly * (0.3 + rng.next() * 0.4)) / 100) * 100,
    preferred_channel: fleet ? rng.pick(['phone', 'email', 'visit', 'wechat']) : rng.chance(0.5) ? channels.pick(rng) : null,
    contact_frequency: fleet ? rng.pick(['monthly', 'quarterly']) : rng.chance(0.25) ? rng.pick(['monthly', 'quarterly', 'yearly']) : null,
    relationship_potential: fleet ? rng.pick(['high', 'medium']) : rng.chance(0.4) ? potentials.pick(rng) : null,
    ...prospectCard(index, type, source, model, created, firstPurchase),
  };
  const tags = new Set<string>();
  if (fleet) tags.add('车队');
  if (source === 'referral') tags.add('老客户推荐');
  if (opinionLeader) tags.add('意见领袖');
  if (typeof profile.family_members === 'string' && /儿子|女儿/.test(profile.family_members)) tags.add('亲子家庭');
  const draft: Draft = {
    index, id, rng, type, gender, person, loc, created, firstPurchase, churnDay, model, profile, tags,
    ownerId: profile.owner_id as number | null,
    advisorId: rng.pick(staff.advisors),
    spend: Math.exp((rng.next() + rng.next() + rng.next() - 1.5) * 1.5) * (fleet ? 1.5 : 1),
  };
  // a few customers are a second record of the one before (the duplicates page's demo pairs)
  return index > 0 && isPlantedDuplicate(index) ? plantDuplicate(draft, newCustomer(ctx, index - 1, id - 1)) : draft;
}
