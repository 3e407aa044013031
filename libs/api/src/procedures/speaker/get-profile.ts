import { findOwnSpeakerProfile, listActiveQuestions, listProposalScopesOfProfile } from '@podium/db';
import { applicableQuestions, bioDifferences, bioState, dateKeysBetween, formatDateKey, localDateKey, localTimeOfDay } from '@podium/domain';
import { avatarPath } from '../../services/avatar-path.ts';
import { signedInConferenceProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { getProfileOutput } from './get-profile.schema.ts';
import { answersRecord, toPortalQuestion } from './support.ts';

/** The caller's speaker profile in a conference (empty values before it exists; it is created on first save). */
export const getProfileProcedure = signedInConferenceProcedure.output(getProfileOutput).query(async ({ ctx }) => {
  const c = ctx.conference;
  const summary = toConferenceSummary(c);
  const [profile, questions] = await Promise.all([findOwnSpeakerProfile(ctx.db, c.id, ctx.user.id), listActiveQuestions(ctx.db, c.id)]);
  const scopes = profile ? await listProposalScopesOfProfile(ctx.db, profile.id) : [];
  const working = { bio: profile?.bio ?? '', avatarId: profile?.avatarId ?? null, links: profile?.links ?? [] };
  const approved = { bio: profile?.approvedBio ?? '', avatarId: profile?.approvedAvatarId ?? null, links: profile?.approvedLinks ?? [] };
  const approvedAt = profile?.bioApprovedAt ?? null;
  return {
    conference: summary,
    name: ctx.user.name,
    email: ctx.user.email,
    code: profile?.code ?? null,
    updatedAt: profile?.updatedAt ?? null,
    bio: profile?.bio ?? '',
    links: profile?.links ?? [],
    avatar: profile?.avatar
      ? { url: avatarPath(profile.avatar.id), width: profile.avatar.width, height: profile.avatar.height }
      : profile?.avatarUrl
        ? { url: profile.avatarUrl, width: null, height: null }
        : null,
    publication: {
      state: bioState({ working, approved, approvedAt }),
      changes: bioDifferences(working, approved),
      changedAt: profile?.bioChangedAt ?? null,
      approvedAt,
      approved: {
        bio: approved.bio,
        links: approved.links,
        avatar: profile?.approvedAvatar ? { url: avatarPath(profile.approvedAvatar.id), width: profile.approvedAvatar.width, height: profile.approvedAvatar.height } : null,
      },
    },
    questions: applicableQuestions(questions, 'SPEAKER', scopes).map(toPortalQuestion),
    answers: answersRecord(profile?.answers ?? []),
    collectAvailability: c.collectAvailability,
    days: dateKeysBetween(summary.startDate, summary.endDate).map((date) => ({ date, label: formatDateKey(date) })),
    availability: (profile?.availability ?? []).map((w) => ({
      date: localDateKey(w.start, c.timeZone),
      start: localTimeOfDay(w.start, c.timeZone),
      end: localTimeOfDay(w.end, c.timeZone),
    })),
  };
});
