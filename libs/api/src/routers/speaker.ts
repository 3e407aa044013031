// The speaker area's procedures (one file each under procedures/speaker/); this file only wires them.
import { router } from '../trpc.ts';

export const speakerRouter = router({});
