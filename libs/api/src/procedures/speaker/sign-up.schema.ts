import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@podium/auth';

export const signUpInput = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(100, 'Keep your name to 100 characters.'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'This email address is too long.')
    .pipe(z.email('Enter an email address like name@example.org.')),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, 'Choose a password of at most 200 characters.'),
});

export const signUpOutput = z.object({ userId: z.string(), email: z.string(), name: z.string() });
