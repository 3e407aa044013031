import { codeSchema, revisionOutput, scheduleChangeInput } from './schedule-common.schema.ts';

export const unscheduleInput = scheduleChangeInput.extend({ code: codeSchema });
export const unscheduleOutput = revisionOutput;
