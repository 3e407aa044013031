import { createPasswordAccount, findAccountByEmail, isUniqueViolation } from '@podium/db';
import { hashPassword } from '@podium/auth';
import { DomainError } from '@podium/domain';
import { publicProcedure } from '../../trpc.ts';
import { signUpInput, signUpOutput } from './sign-up.schema.ts';

const DUPLICATE = 'An account with this email already exists.';
const duplicate = () => new DomainError('INVALID', 'An account with this email already exists: sign in instead.', { email: DUPLICATE });

/** A new speaker account (email + password). Emails are stored lowercased, so "Ana@X.org" and "ana@x.org" are one. */
export const signUpProcedure = publicProcedure
  .input(signUpInput)
  .output(signUpOutput)
  .mutation(async ({ ctx, input }) => {
    if (await findAccountByEmail(ctx.db, input.email)) throw duplicate();
    const passwordHash = await hashPassword(input.password);
    try {
      const user = await createPasswordAccount(ctx.db, { email: input.email, name: input.name, passwordHash });
      return { userId: user.id, email: user.email!, name: user.name };
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate(); // the same address, signed up in parallel
      throw err;
    }
  });
