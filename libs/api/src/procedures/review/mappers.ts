// Mapping repository rows to the review procedures' outputs (shared by several procedures).
import { activePhase } from '@podium/domain';
import { toLocalInput } from './access.ts';

type PhaseRow = {
  id: string;
  name: string;
  startsAt: Date | null;
  endsAt: Date | null;
  position: number;
  reviewersCanReview: boolean;
  blind: boolean;
  reviewersSeeOtherReviews: boolean;
  speakersCanEdit: boolean;
  organizersCanDecide: boolean;
};

export function mapPhases(phases: readonly PhaseRow[], timeZone: string, now = new Date()) {
  const running = activePhase(phases, now);
  return phases.map((p) => ({ ...p, startsAt: toLocalInput(p.startsAt, timeZone), endsAt: toLocalInput(p.endsAt, timeZone), running: p.id === running?.id }));
}
