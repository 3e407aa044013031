import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { proposalFieldsInput } from './shared.schema.ts';

/** Without a code: a new proposal. With one: an existing draft of the caller. */
export const saveDraftInput = conferenceInput.extend(proposalFieldsInput.shape).extend({ code: z.string().trim().max(32).nullish() });
