import { z } from 'zod';

export { inviteTokenInput as acceptInviteInput } from './get-invite.schema.ts';

export const acceptInviteOutput = z.object({ slug: z.string(), code: z.string() });
