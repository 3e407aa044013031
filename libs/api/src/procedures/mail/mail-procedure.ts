// Base procedures of the mail area: the conference's organizers only (organizerProcedure), then the area's own
// named predicates from @podium/auth, so a later change of who may send mail is made in one place.
import { canEditMailTemplates, canManageOutbox } from '@podium/auth';
import { forbidden } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';

export const outboxProcedure = organizerProcedure.use(({ ctx, next }) => {
  if (!canManageOutbox(ctx.principal)) throw forbidden('Only the organizers of this conference may see and send its mail.');
  return next();
});

export const mailTemplatesProcedure = organizerProcedure.use(({ ctx, next }) => {
  if (!canEditMailTemplates(ctx.principal)) throw forbidden('Only the organizers of this conference may change its mail templates.');
  return next();
});
