'use client';

import { PortalForm, SubmitButton } from '../../_components/form';
import { acceptInviteAction } from './actions';

export function AcceptInviteForm({ token }: { token: string }) {
  return (
    <PortalForm action={acceptInviteAction} testId="accept-invite-form" className="mt-6 space-y-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton testId="accept-invite">Join as co-speaker</SubmitButton>
    </PortalForm>
  );
}
