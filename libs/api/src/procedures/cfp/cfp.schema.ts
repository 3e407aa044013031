// Inputs and outputs of the CFP settings procedures (organizers only). Times travel as datetime-local strings in the
// conference's zone ("2030-05-06T09:30", "" for none) so forms and API speak the same language.
import { z } from 'zod';
import { QUESTION_KINDS, QUESTION_TARGETS } from '@podium/domain';
import { conferenceInput } from '../../trpc.ts';

const localDateTime = z.string().trim().max(20);
const id = z.string().min(1).max(40);

export const getCfpSettingsOutput = z.object({
  timeZone: z.string(),
  cfpOpensAt: z.string(),
  cfpClosesAt: z.string(),
  cfpText: z.string(),
  collectAvailability: z.boolean(),
  sessionTypes: z.array(
    z.object({ id, name: z.string(), defaultDurationMinutes: z.number().int(), description: z.string(), cfpClosesAt: z.string(), submissions: z.number().int() }),
  ),
  tracks: z.array(z.object({ id, name: z.string(), color: z.string(), description: z.string(), submissions: z.number().int() })),
  questions: z.array(
    z.object({
      id,
      target: z.enum(QUESTION_TARGETS),
      kind: z.enum(QUESTION_KINDS),
      label: z.string(),
      helpText: z.string(),
      required: z.boolean(),
      options: z.array(z.string()),
      active: z.boolean(),
      trackId: z.string().nullable(),
      sessionTypeId: z.string().nullable(),
      answers: z.number().int(),
    }),
  ),
});

export const updateCfpWindowInput = conferenceInput.extend({
  cfpOpensAt: localDateTime,
  cfpClosesAt: localDateTime,
  cfpText: z.string().max(20_000, 'At most 20,000 characters.'),
  collectAvailability: z.boolean(),
});

export const saveSessionTypeInput = conferenceInput.extend({
  id: id.optional(),
  name: z.string().max(200),
  defaultDurationMinutes: z.number(),
  description: z.string().max(2000, 'At most 2,000 characters.'),
  cfpClosesAt: localDateTime,
});

export const saveTrackInput = conferenceInput.extend({
  id: id.optional(),
  name: z.string().max(200),
  color: z.string().max(20),
  description: z.string().max(2000, 'At most 2,000 characters.'),
});

export const saveQuestionInput = conferenceInput.extend({
  id: id.optional(),
  target: z.enum(QUESTION_TARGETS),
  kind: z.enum(QUESTION_KINDS),
  label: z.string().max(1000),
  helpText: z.string().max(5000),
  required: z.boolean(),
  options: z.array(z.string().max(200)).max(50, 'At most 50 choices.'),
  active: z.boolean(),
  trackId: id.nullable(),
  sessionTypeId: id.nullable(),
});

export const byIdInput = conferenceInput.extend({ id });
export const moveQuestionInput = byIdInput.extend({ direction: z.enum(['up', 'down']) });
export const savedOutput = z.object({ id: z.string() });
export const okOutput = z.object({ ok: z.literal(true) });
