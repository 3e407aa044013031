import type { Metadata } from 'next';
import { canTransition, STATE_LABELS } from '@podium/domain';
import { TopBar } from '../../../../top-bar';
import { ConferenceNav } from '../../../conference-nav';
import { cancelSession } from '../../actions';
import { loadStateChange, StateChangePage } from '../../state-change';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cancel a session' };

/** The confirmation step before cancelling a session (pretalx: "Do you really want to cancel this session?"). */
export default async function CancelSessionPage({ params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  const { user, conference, session } = await loadStateChange(slug, code, 'cancel');
  const allowed = canTransition(session.state, 'cancel', 'organizer');
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference.name} current="sessions" />
      </TopBar>
      <StateChangePage
        slug={slug}
        heading="Cancel this session?"
        session={session}
        timeZone={conference.timeZone}
        allowed={allowed}
        refusal={
          session.state === 'CANCELED'
            ? 'This session is already cancelled.'
            : `Only accepted or confirmed sessions can be cancelled; this one is ${STATE_LABELS[session.state].toLowerCase()}.`
        }
        consequences={[
          session.slot ? 'It leaves the schedule grid now, and its place there is free.' : 'It is not on the grid, so nothing moves there.',
          'The public schedule keeps showing it until you release the schedule again; that release no longer has it, and its changelog and feed list it as cancelled.',
          'Cancelling notifies nobody by itself: its speakers hear of it with the mail of that next release.',
          'You can restore it later: it comes back accepted, off the grid.',
        ]}
        action={cancelSession.bind(null, slug, session.code)}
        submitLabel="Cancel session"
        keepLabel="Keep the session"
        tone="danger"
      />
    </>
  );
}
