import { addReviewerMembership, findReviewerMembership, findUserRefByEmail } from '@podium/db';
import { DomainError } from '@podium/domain';
import { organizerProcedure } from '../../trpc.ts';
import { addReviewerInput, addReviewerOutput } from './add-reviewer.schema.ts';
import { checkTrackIds } from './reviewer-tracks.ts';

/** Puts an existing account on the program committee (organizers). */
export const addReviewerProcedure = organizerProcedure
  .input(addReviewerInput)
  .output(addReviewerOutput)
  .mutation(async ({ ctx, input }) => {
    const invalid = (message: string) => new DomainError('INVALID', 'Please correct the marked fields.', { email: message });
    if (!input.email) throw invalid('Enter the email address of the person’s Podium account.');
    if (!/^[^\s@]+@[^\s@]+$/.test(input.email)) throw invalid('Enter an email address like name@example.org.');
    const user = await findUserRefByEmail(ctx.db, input.email);
    if (!user) throw invalid(`No Podium account uses ${input.email}. Ask them to sign up first, then add them here.`);
    if (await findReviewerMembership(ctx.db, ctx.conference.id, user.id)) throw invalid(`${user.name} is already a reviewer.`);
    const trackIds = await checkTrackIds(ctx.db, ctx.conference.id, input.trackIds);
    await addReviewerMembership(ctx.db, ctx.conference.id, user.id, trackIds);
    return { userId: user.id, name: user.name };
  });
