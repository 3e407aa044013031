import { listMailTemplateOverrides } from '@podium/db';
import { MAIL_TEMPLATE_KEYS } from '@podium/domain';
import { mailTemplatesProcedure } from './mail-procedure.ts';
import { listTemplatesOutput } from './list-templates.schema.ts';
import { toTemplateView } from './shared.schema.ts';

/** mail.templates.list: every kind of mail with the wording in use (the conference's or the default) and its placeholders. */
export const listTemplatesProcedure = mailTemplatesProcedure.output(listTemplatesOutput).query(async ({ ctx }) => {
  const overrides = await listMailTemplateOverrides(ctx.db, ctx.conference.id);
  const byKey = new Map(overrides.map((o) => [o.key, o]));
  return { templates: MAIL_TEMPLATE_KEYS.map((key) => toTemplateView(key, byKey.get(key) ?? null)) };
});
