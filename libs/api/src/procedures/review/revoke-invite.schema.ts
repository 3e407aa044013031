import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { idSchema } from './review-common.schema.ts';

export const revokeInviteInput = conferenceInput.extend({ id: idSchema });
export const revokeInviteOutput = z.object({ email: z.string() });
