// The outbox table. State changes are conditional updates (`WHERE state IN (…)`), so two people or two bulk sends
// racing for the same mail cannot both win: the caller learns from the result whether its update happened.

import type { OutboxState, Prisma } from '../generated/prisma/client.ts';
import type { DbOrTx } from './mail.ts';

const withSubject = { submission: { select: { code: true, title: true } } } as const;

/** Mails of a conference, newest first, optionally in one state. */
export function listOutboxMails(db: DbOrTx, conferenceId: string, options: { state?: OutboxState; take?: number } = {}) {
  return db.outboxMail.findMany({
    where: { conferenceId, ...(options.state ? { state: options.state } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.take,
    include: withSubject,
  });
}

/** How many mails the conference has in each state (states without mails are absent). */
export async function countOutboxMailsByState(db: DbOrTx, conferenceId: string): Promise<Partial<Record<OutboxState, number>>> {
  const groups = await db.outboxMail.groupBy({ by: ['state'], where: { conferenceId }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
}

export function findOutboxMail(db: DbOrTx, conferenceId: string, id: string) {
  return db.outboxMail.findFirst({ where: { id, conferenceId }, include: withSubject });
}

/** Ids of the conference's mails in the given states (all of them, or only among `ids`), oldest first. */
export async function listOutboxMailIds(db: DbOrTx, conferenceId: string, states: readonly OutboxState[], ids?: readonly string[]): Promise<string[]> {
  const rows = await db.outboxMail.findMany({
    where: { conferenceId, state: { in: [...states] }, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * Changes one mail only if it is still in one of `from` (a single atomic UPDATE … WHERE state IN …). Returns the
 * updated row, or null when the mail does not exist in the conference or was in another state.
 */
export async function updateOutboxMailIfState(
  db: DbOrTx,
  where: { conferenceId: string; id: string; from: readonly OutboxState[] },
  data: Prisma.OutboxMailUpdateManyMutationInput,
) {
  const rows = await db.outboxMail.updateManyAndReturn({
    where: { id: where.id, conferenceId: where.conferenceId, state: { in: [...where.from] } },
    data,
  });
  return rows[0] ?? null;
}

/** The same for many mails at once; returns how many changed. */
export async function updateOutboxMailsIfState(
  db: DbOrTx,
  where: { conferenceId: string; ids: readonly string[]; from: readonly OutboxState[] },
  data: Prisma.OutboxMailUpdateManyMutationInput,
): Promise<number> {
  const r = await db.outboxMail.updateMany({
    where: { id: { in: [...where.ids] }, conferenceId: where.conferenceId, state: { in: [...where.from] } },
    data,
  });
  return r.count;
}

/**
 * Accepted proposals whose speakers have not confirmed, with the speakers' addresses, and whether a reminder for them
 * is already waiting in the outbox (so a second click does not queue the same reminder twice).
 */
export function findUnconfirmedAcceptedProposals(db: DbOrTx, conferenceId: string) {
  return db.submission.findMany({
    where: { conferenceId, state: 'ACCEPTED' },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      code: true,
      title: true,
      speakers: { orderBy: { position: 'asc' }, select: { speakerProfile: { select: { user: { select: { name: true, email: true } } } } } },
      mails: { where: { templateKey: 'CONFIRMATION_REMINDER', state: 'PENDING' }, select: { to: true } },
    },
  });
}
