// Who may do what, as named predicates in one place (pretalx's rules.py). Everything the API allows is decided here;
// callers pass the principal as loaded on the server, never what the browser claims.

export type TeamRole = 'ORGANIZER' | 'REVIEWER';

export interface Principal {
  userId: string;
  isAdmin: boolean;
  /** The caller's staff roles in the conference at hand. */
  teamRoles: readonly TeamRole[];
}

type Rule = (p: Principal | null) => boolean;

const isAdmin: Rule = (p) => !!p?.isAdmin;
const hasRole = (role: TeamRole): Rule => (p) => !!p?.teamRoles.includes(role);
const any =
  (...rules: Rule[]): Rule =>
  (p) =>
    rules.some((r) => r(p));

export const isOrganizer: Rule = any(isAdmin, hasRole('ORGANIZER'));
export const isReviewer: Rule = hasRole('REVIEWER');

/** Read and change a conference's settings, sessions and schedule. */
export const canManageConference: Rule = isOrganizer;
/** Open the conference in the organizer app at all (staff: organizers and the program committee). */
export const canViewOrganizerArea: Rule = any(isOrganizer, isReviewer);

/** Create a conference (e.g. from an imported schedule file): administrators only. */
export const canCreateConference: Rule = isAdmin;
