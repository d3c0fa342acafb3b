import { describe, expect, it } from 'vitest';
import { buildMeta } from '../../../server/rest/meta';
import type { Meta } from '../../meta/types';
import { representationOf, type Translator } from './representation';

const meta = buildMeta() as unknown as Meta;
const i18n = (locale: string): Translator => ({
  getLocale: () => locale,
  translate: (key, options) => (key === 'enums.touch_type.birthday' ? '生日祝福' : String(options?._ ?? key)),
});

describe('representationOf', () => {
  it('when the title is text, then the record is named by it', () => {
    expect(representationOf(meta.resources.customers, { id: 1, name: '张伟' }, i18n('zh'))).toBe('张伟');
  });

  it('when the title is a fixed-list value, then its translated label names the record', () => {
    expect(representationOf(meta.resources.care_touches, { id: 3, touch_type: 'birthday' }, i18n('zh'))).toBe('生日祝福');
  });

  it('when the title is a date, then it is written for the current language', () => {
    expect(representationOf(meta.resources.service_visits, { id: 4, visit_date: '2025-03-09' }, i18n('zh'))).toBe('2025-03-09');
    expect(representationOf(meta.resources.service_visits, { id: 4, visit_date: '2025-03-09' }, i18n('en'))).toBe('9 Mar 2025');
  });

  it('when the title is empty, then the id stands in', () => {
    expect(representationOf(meta.resources.vehicles, { id: 7, plate: null }, i18n('zh'))).toBe('#7');
  });
});
