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

/** The conference's own wordings (one row per kind of mail it changed). */
export function listMailTemplateOverrides(db: DbOrTx, conferenceId: string) {
  return db.mailTemplate.findMany({ where: { conferenceId } });
}

export function upsertMailTemplateOverride(db: DbOrTx, conferenceId: string, key: MailTemplateKey, text: { subject: string; body: string }) {
  return db.mailTemplate.upsert({
    where: { conferenceId_key: { conferenceId, key } },
    create: { conferenceId, key, ...text },
    update: text,
  });
}

/** Back to the default wording; returns whether there was an override. */
export async function deleteMailTemplateOverride(db: DbOrTx, conferenceId: string, key: MailTemplateKey): Promise<boolean> {
  const r = await db.mailTemplate.deleteMany({ where: { conferenceId, key } });
  return r.count > 0;
}
