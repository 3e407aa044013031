import type { QuestionView } from '../../../_components/question-field';

interface CfpLike {
  sessionTypes: { id: string; name: string }[];
  tracks: { id: string; name: string }[];
  questions: (Omit<QuestionView, 'limitNote'> & { target: 'PROPOSAL' | 'SPEAKER'; trackId: string | null; sessionTypeId: string | null })[];
}

/**
 * The proposal questions to show in the form. All are shown (the form works without JavaScript, so it cannot follow
 * the chosen type or track); one limited to a type or track says so, and is only checked when it applies.
 */
export function proposalQuestionViews(cfp: CfpLike): QuestionView[] {
  const typeName = new Map(cfp.sessionTypes.map((t) => [t.id, t.name]));
  const trackName = new Map(cfp.tracks.map((t) => [t.id, t.name]));
  return cfp.questions
    .filter((q) => q.target === 'PROPOSAL')
    .map((q) => {
      const limits = [q.sessionTypeId && `${typeName.get(q.sessionTypeId) ?? 'one'} proposals`, q.trackId && `the ${trackName.get(q.trackId) ?? 'one'} track`].filter(Boolean);
      return {
        id: q.id,
        kind: q.kind,
        label: q.label,
        helpText: q.helpText,
        required: q.required,
        options: q.options,
        limitNote: limits.length ? `Only asked for ${limits.join(' in ')}.` : undefined,
      };
    });
}
