import { z } from 'zod';
import { answersInput } from './shared.schema.ts';

export const updateProfileInput = z.object({
  name: z.string().max(1000).default(''),
  bio: z.string().max(50_000).default(''),
  links: z.array(z.string().max(2000)).max(50).default([]),
  answers: answersInput,
  /** Ignored unless the conference collects availability. */
  availability: z
    .array(z.object({ date: z.string().max(10), start: z.string().max(5), end: z.string().max(5) }))
    .max(200)
    .default([]),
});

export const updateProfileOutput = z.object({ code: z.string() });
