// The HTTP endpoint for tRPC, shared by both Next.js apps' /api/trpc route handlers.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter, publicAppRouter } from './root.ts';
import { createContextInner } from './context.ts';

export function handleTrpcRequest(
  req: Request,
  getUserId: () => Promise<string | null>,
  which: 'organizer' | 'public' = 'organizer',
): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: which === 'public' ? publicAppRouter : appRouter,
    createContext: async () => createContextInner({ userId: await getUserId() }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`tRPC ${path ?? '?'} failed:`, error);
    },
  });
}
