// Who may do what with a conference's mail. Mail reaches speakers in the conference's name, so only its organizers
// (and administrators) may read the outbox, change what it says, send it, or change the templates; reviewers may not.

import { isOrganizer, type Principal } from './permissions.ts';

/** Read the outbox and the sent log, edit, send and discard mails. */
export const canManageOutbox = (p: Principal | null): boolean => isOrganizer(p);
/** Change and reset the conference's mail templates. */
export const canEditMailTemplates = (p: Principal | null): boolean => isOrganizer(p);
