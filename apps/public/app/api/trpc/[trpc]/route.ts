import { handleTrpcRequest } from '@podium/api/http';

export const dynamic = 'force-dynamic';

// The public app has no signed-in users yet (the speaker portal adds them): every call is anonymous.
const handler = (req: Request) => handleTrpcRequest(req, async () => null);
export { handler as GET, handler as POST };
