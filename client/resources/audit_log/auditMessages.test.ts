import { describe, expect, it } from 'vitest';
import { enums } from '../../../server/resources/enums';
import { auditMessagesEn } from '../../i18n/audit.en';
import { auditMessagesZh } from '../../i18n/audit.zh';
import { actionStyle } from './actionStyle';

const languages = [
  ['zh', auditMessagesZh],
  ['en', auditMessagesEn],
] as const;

describe('audit texts', () => {
  it('when an audit action exists on the server, then the timeline says it in both languages', () => {
    for (const [lang, messages] of languages) {
      const timeline: Record<string, string | undefined> = messages.timeline;
      for (const action of enums.audit_action) expect(timeline[action], `${lang} crm.audit.timeline.${action}`).toBeTruthy();
      expect(Object.keys(timeline).sort(), lang).toEqual([...enums.audit_action].sort());
    }
  });

  it('when an audit action exists on the server, then it has its own icon', () => {
    const icons = new Set(enums.audit_action.map((action) => actionStyle(action).icon));
    expect(icons.size).toBe(enums.audit_action.length);
  });
});
