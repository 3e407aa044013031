import type { Db } from '../client.ts';
import type { QuestionKind, QuestionTarget } from '../generated/prisma/enums.ts';

/** Everything the CFP settings page shows, in display order. */
export function findCfpSettings(db: Db, conferenceId: string) {
  return db.conference.findUniqueOrThrow({
    where: { id: conferenceId },
    select: {
      cfpOpensAt: true,
      cfpClosesAt: true,
      cfpText: true,
      collectAvailability: true,
      timeZone: true,
      sessionTypes: { orderBy: { name: 'asc' }, select: { id: true, name: true, defaultDurationMinutes: true, description: true, cfpClosesAt: true, _count: { select: { submissions: true } } } },
      tracks: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, color: true, description: true, _count: { select: { submissions: true } } } },
      questions: {
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true, target: true, kind: true, label: true, helpText: true, required: true, options: true, position: true, active: true,
          trackId: true, sessionTypeId: true, _count: { select: { answers: true } },
        },
      },
    },
  });
}

export function updateCfpWindow(db: Db, conferenceId: string, data: { cfpOpensAt: Date | null; cfpClosesAt: Date | null; cfpText: string; collectAvailability: boolean }) {
  return db.conference.update({ where: { id: conferenceId }, data });
}

export function listSessionTypeNames(db: Db, conferenceId: string, exceptId?: string) {
  return db.sessionType.findMany({ where: { conferenceId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } }).then((r) => r.map((x) => x.name));
}

export function findSessionType(db: Db, conferenceId: string, id: string) {
  return db.sessionType.findFirst({ where: { id, conferenceId }, include: { _count: { select: { submissions: true } } } });
}

export function createSessionType(db: Db, data: { conferenceId: string; name: string; defaultDurationMinutes: number; description: string; cfpClosesAt: Date | null }) {
  return db.sessionType.create({ data });
}

export function updateSessionType(db: Db, id: string, data: { name: string; defaultDurationMinutes: number; description: string; cfpClosesAt: Date | null }) {
  return db.sessionType.update({ where: { id }, data });
}

export function deleteSessionType(db: Db, id: string) {
  return db.sessionType.delete({ where: { id } });
}

export function listTrackNames(db: Db, conferenceId: string, exceptId?: string) {
  return db.track.findMany({ where: { conferenceId, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { name: true } }).then((r) => r.map((x) => x.name));
}

export function findTrack(db: Db, conferenceId: string, id: string) {
  return db.track.findFirst({ where: { id, conferenceId }, include: { _count: { select: { submissions: true } } } });
}

export async function createTrack(db: Db, data: { conferenceId: string; name: string; color: string; description: string }) {
  const last = await db.track.aggregate({ where: { conferenceId: data.conferenceId }, _max: { position: true } });
  return db.track.create({ data: { ...data, position: (last._max.position ?? -1) + 1 } });
}

export function updateTrack(db: Db, id: string, data: { name: string; color: string; description: string }) {
  return db.track.update({ where: { id }, data });
}

export function deleteTrack(db: Db, id: string) {
  return db.track.delete({ where: { id } });
}

export interface QuestionData {
  target: QuestionTarget;
  kind: QuestionKind;
  label: string;
  helpText: string;
  required: boolean;
  options: string[];
  active: boolean;
  trackId: string | null;
  sessionTypeId: string | null;
}

export function findQuestion(db: Db, conferenceId: string, id: string) {
  return db.question.findFirst({ where: { id, conferenceId }, include: { _count: { select: { answers: true } } } });
}

export async function createQuestion(db: Db, conferenceId: string, data: QuestionData) {
  const last = await db.question.aggregate({ where: { conferenceId }, _max: { position: true } });
  return db.question.create({ data: { ...data, conferenceId, position: (last._max.position ?? -1) + 1 } });
}

export function updateQuestion(db: Db, id: string, data: QuestionData) {
  return db.question.update({ where: { id }, data });
}

export function deleteQuestion(db: Db, id: string) {
  return db.question.delete({ where: { id } });
}

/** Moves a question one place up or down by swapping positions with its neighbour, in one transaction. */
export async function moveQuestion(db: Db, conferenceId: string, id: string, direction: 'up' | 'down') {
  await db.$transaction(async (tx) => {
    const all = await tx.question.findMany({ where: { conferenceId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }], select: { id: true } });
    const i = all.findIndex((q) => q.id === id);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= all.length) return;
    [all[i], all[j]] = [all[j]!, all[i]!];
    for (const [position, q] of all.entries()) await tx.question.update({ where: { id: q.id }, data: { position } });
  });
}

export async function idsBelongToConference(db: Db, conferenceId: string, ids: { trackId: string | null; sessionTypeId: string | null }) {
  const [track, type] = await Promise.all([
    ids.trackId ? db.track.count({ where: { id: ids.trackId, conferenceId } }) : Promise.resolve(1),
    ids.sessionTypeId ? db.sessionType.count({ where: { id: ids.sessionTypeId, conferenceId } }) : Promise.resolve(1),
  ]);
  return { track: track === 1, sessionType: type === 1 };
}
