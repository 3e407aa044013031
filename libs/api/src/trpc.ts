import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import { DomainError, type DomainErrorKind } from '@podium/domain';
import { canManageConference, canViewOrganizerArea, type Principal } from '@podium/auth';
import { findConferenceBySlug, findTeamRoles } from '@podium/db';
import type { Context } from './context.ts';

const CODE_FOR: Record<DomainErrorKind, TRPCError['code']> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field-level messages for forms, from zod or from a domain rule.
        fields:
          cause instanceof z.ZodError
            ? Object.fromEntries(cause.issues.map((i) => [i.path.join('.'), i.message]))
            : cause instanceof DomainError
              ? cause.fields
              : undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become tRPC errors here, once, with the right code (never a catch-all BAD_REQUEST). */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: CODE_FOR[cause.kind], message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapDomainErrors);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in first.' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const conferenceInput = z.object({ slug: z.string().min(1).max(100) });

/** Public procedures about one conference: loads it by slug (NOT_FOUND otherwise). */
export const conferenceProcedure = publicProcedure.input(conferenceInput).use(async ({ ctx, input, next }) => {
  const conference = await findConferenceBySlug(ctx.db, input.slug);
  if (!conference) throw new TRPCError({ code: 'NOT_FOUND', message: `No conference "${input.slug}".` });
  return next({ ctx: { ...ctx, conference } });
});

/**
 * Organizer procedures: signed in, conference loaded, rights checked once on the server; the conference and the
 * caller's principal are put on ctx for the handler.
 */
export const organizerProcedure = authedProcedure.input(conferenceInput).use(async ({ ctx, input, next }) => {
  const conference = await findConferenceBySlug(ctx.db, input.slug);
  // Staff of other conferences learn nothing, not even whether the slug exists.
  const teamRoles = conference ? await findTeamRoles(ctx.db, ctx.user.id, conference.id) : [];
  const principal: Principal = { userId: ctx.user.id, isAdmin: ctx.user.isAdmin, teamRoles };
  if (!canManageConference(principal)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only the organizers of this conference may do this.' });
  }
  if (!conference) throw new TRPCError({ code: 'NOT_FOUND', message: `No conference "${input.slug}".` });
  return next({ ctx: { ...ctx, conference, principal } });
});

/** Signed-in procedures about one conference (speakers in the portal): loads the conference, NOT_FOUND otherwise. */
export const signedInConferenceProcedure = authedProcedure.input(conferenceInput).use(async ({ ctx, input, next }) => {
  const conference = await findConferenceBySlug(ctx.db, input.slug);
  if (!conference) throw new TRPCError({ code: 'NOT_FOUND', message: `No conference "${input.slug}".` });
  return next({ ctx: { ...ctx, conference } });
});

/**
 * Staff procedures (organizers and the program committee): conference loaded, principal with the caller's team roles
 * on ctx. Handlers narrow further with the predicates of @podium/auth (e.g. only organizers decide).
 */
export const staffProcedure = authedProcedure.input(conferenceInput).use(async ({ ctx, input, next }) => {
  const conference = await findConferenceBySlug(ctx.db, input.slug);
  const teamRoles = conference ? await findTeamRoles(ctx.db, ctx.user.id, conference.id) : [];
  const principal: Principal = { userId: ctx.user.id, isAdmin: ctx.user.isAdmin, teamRoles };
  if (!canViewOrganizerArea(principal)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Only the organizers and reviewers of this conference may do this.' });
  }
  if (!conference) throw new TRPCError({ code: 'NOT_FOUND', message: `No conference "${input.slug}".` });
  return next({ ctx: { ...ctx, conference, principal } });
});
