// The review area's procedures (one file each under procedures/review/); this file only wires them.
import { router } from '../trpc.ts';

export const reviewRouter = router({});
