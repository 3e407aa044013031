import { handleTrpcRequest } from '@podium/api/http';
import { currentUserId } from '../../../../lib/auth';

export const dynamic = 'force-dynamic';

const handler = (req: Request) => handleTrpcRequest(req, currentUserId);
export { handler as GET, handler as POST };
