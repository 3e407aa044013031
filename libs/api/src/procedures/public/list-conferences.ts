import { listConferences } from '@podium/db';
import { publicProcedure } from '../../trpc.ts';
import { toConferenceSummary } from '../shared.schema.ts';
import { listConferencesOutput } from './list-conferences.schema.ts';

export const listConferencesProcedure = publicProcedure
  .output(listConferencesOutput)
  .query(async ({ ctx }) => (await listConferences(ctx.db)).map(toConferenceSummary));
