// What a server action answers to a form: per-field messages next to their fields, a form-level message, and what
// was submitted so the form can be refilled (nothing typed is lost). `seq` changes on every answer so the refilled
// inputs remount with the submitted values.
export interface PortalFormState {
  status: 'idle' | 'error';
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string[]>;
  seq?: number;
}

export const idleForm: PortalFormState = { status: 'idle' };
