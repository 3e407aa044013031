import { z } from 'zod';
import { mailTemplateSchema } from './shared.schema.ts';

export const listTemplatesOutput = z.object({ templates: z.array(mailTemplateSchema) });
