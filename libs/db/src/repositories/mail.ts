import type { Db } from '../client.ts';
import type { MailTemplateKey } from '../generated/prisma/enums.ts';

/** A client or an interactive transaction: repository writes work inside either. */
export type DbOrTx = Db | Parameters<Parameters<Db['$transaction']>[0]>[0];

export function findMailTemplateOverride(db: DbOrTx, conferenceId: string, key: MailTemplateKey) {
  return db.mailTemplate.findUnique({ where: { conferenceId_key: { conferenceId, key } } });
}

export function insertOutboxMail(
  db: DbOrTx,
  data: { conferenceId: string; to: string; subject: string; body: string; templateKey: MailTemplateKey | null; submissionId: string | null },
) {
  return db.outboxMail.create({ data });
}
