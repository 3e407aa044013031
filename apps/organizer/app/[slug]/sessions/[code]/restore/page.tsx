import type { Metadata } from 'next';
import { canTransition, STATE_LABELS } from '@podium/domain';
import { TopBar } from '../../../../top-bar';
import { ConferenceNav } from '../../../conference-nav';
import { restoreSession } from '../../actions';
import { loadStateChange, StateChangePage } from '../../state-change';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Restore a session' };

/** The confirmation step before taking a cancellation back. */
export default async function RestoreSessionPage({ params }: { params: Promise<{ slug: string; code: string }> }) {
  const { slug, code } = await params;
  const { user, conference, session } = await loadStateChange(slug, code, 'restore');
  return (
    <>
      <TopBar user={user}>
        <ConferenceNav slug={slug} name={conference.name} current="sessions" />
      </TopBar>
      <StateChangePage
        slug={slug}
        heading="Restore this session?"
        session={session}
        timeZone={conference.timeZone}
        allowed={canTransition(session.state, 'restore', 'organizer')}
        refusal={`Only a cancelled session can be restored; this one is ${STATE_LABELS[session.state].toLowerCase()}.`}
        consequences={[
          'It becomes accepted again: its speakers confirm again in the speaker portal.',
          'It waits off the grid until you place it in the schedule editor; the next release publishes it once it is placed.',
          'Restoring notifies nobody by itself.',
        ]}
        action={restoreSession.bind(null, slug, session.code)}
        submitLabel="Restore session"
        keepLabel="Leave it cancelled"
        tone="neutral"
      />
    </>
  );
}
