/** The audit trail: the History tab and the audit list (under `crm.audit`); audit.en.ts has the same keys. */
export const auditMessagesZh = {
  history: '修改历史',
};
