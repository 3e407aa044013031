import { z } from 'zod';
import { conferenceInput } from '../../trpc.ts';
import { proposalFieldsInput } from './shared.schema.ts';

export const updateInput = conferenceInput.extend(proposalFieldsInput.shape).extend({ code: z.string().trim().min(1).max(32) });
