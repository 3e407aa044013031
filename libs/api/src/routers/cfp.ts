// The cfp area's procedures (one file each under procedures/cfp/); this file only wires them.
import { router } from '../trpc.ts';

export const cfpRouter = router({});
