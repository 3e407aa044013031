import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { proposalFieldsInput } from './shared.schema.ts';

/** The proposal as the form holds it: saved and submitted in one step (a new one when there is no code). */
export const submitInput = conferenceInput.extend(proposalFieldsInput.shape).extend({ code: z.string().trim().max(32).nullish() });
