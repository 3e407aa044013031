// The mail area's procedures (one file each under procedures/mail/); this file only wires them.
import { router } from '../trpc.ts';

export const mailRouter = router({});
