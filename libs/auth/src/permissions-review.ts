// Who may do what in the program-committee review (pretalx's rules.py for review). Proposal-level rules (own
// proposals, conflicts, track limits, blind phases) are pure domain rules in @podium/domain (review/visibility.ts);
// these predicates decide by role, on the principal loaded on the server.

import { isOrganizer, isReviewer, type Principal } from './permissions.ts';

type Rule = (p: Principal | null) => boolean;

/** Configure the review: phases, score categories, the committee and its assignments. */
export const canManageReview: Rule = isOrganizer;
/** Open the review list and proposals, write reviews, declare conflicts, bid. */
export const canReviewProposals: Rule = (p) => isOrganizer(p) || isReviewer(p);
/** Accept, reject, waitlist; see the ranking with every review and reviewer. */
export const canDecideProposals: Rule = isOrganizer;
/** See who the speakers are regardless of blind phases. */
export const seesSpeakersAlways: Rule = isOrganizer;
