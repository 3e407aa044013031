import { handleTrpcRequest } from '@podium/api/http';
import { currentUserId } from '../../../../lib/auth';

export const dynamic = 'force-dynamic';

// Anonymous for the agenda; the signed-in speaker for the portal. Only those two routers are served here (staff use
// the organizer app); the API checks every right itself.
const handler = (req: Request) => handleTrpcRequest(req, currentUserId, 'public');
export { handler as GET, handler as POST };
