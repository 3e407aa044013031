// A speaker as organizers review them: the public (approved) copy of bio, photo and links beside the speaker's newer
// version, the changes word by word, and the Approve button. Server components; the forms work without JavaScript.
import Link from 'next/link';
import { BIO_PART_LABELS, BIO_STATE_LABELS, formatDateKey, localDateKey, localTimeOfDay, STATE_LABELS, type BioState } from '@podium/domain';
import { ActionForm, Markdown } from '@podium/ui';
import { approveSpeaker } from './actions';

type Review = {
  code: string;
  name: string;
  email: string | null;
  state: BioState;
  changes: ('bio' | 'photo' | 'links')[];
  changedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  inPublicSchedule: boolean;
  proposals: { code: string; title: string; state: keyof typeof STATE_LABELS }[];
  working: Copy;
  approved: Copy;
  bioDiff: { kind: 'same' | 'added' | 'removed'; text: string }[];
  linkChanges: { added: string[]; removed: string[] };
};
type Copy = { bio: string; links: string[]; avatar: { id: string } | null };

export const isWaiting = (state: BioState) => state === 'PENDING' || state === 'NOT_APPROVED';

/** "30 Oct 2012, 09:30" in the conference's time zone. */
export function when(instant: Date, timeZone: string): string {
  return `${formatDateKey(localDateKey(instant, timeZone), 'short')}, ${localTimeOfDay(instant, timeZone)}`;
}

const photoUrl = (slug: string, code: string, id: string) => `/${slug}/speakers/${encodeURIComponent(code)}/photo/${encodeURIComponent(id)}`;

const BADGE: Record<BioState, string> = {
  PUBLISHED: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  PENDING: 'bg-amber-50 text-amber-900 ring-amber-300',
  NOT_APPROVED: 'bg-amber-50 text-amber-900 ring-amber-300',
  EMPTY: 'bg-slate-100 text-slate-600 ring-slate-200',
};

export function BioStateBadge({ state }: { state: BioState }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${BADGE[state]}`}>{BIO_STATE_LABELS[state]}</span>;
}

function Photo({ slug, code, avatar, name, size }: { slug: string; code: string; avatar: { id: string } | null; name: string; size: number }) {
  const style = { width: size, height: size };
  return avatar ? (
    <img src={photoUrl(slug, code, avatar.id)} alt={`Photo of ${name}`} width={size} height={size} style={style} className="shrink-0 rounded-full border border-slate-200 object-cover" />
  ) : (
    <div aria-hidden="true" style={style} className="flex shrink-0 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-500">
      {name.charAt(0).toUpperCase()}
    </div>
  );
}

function Links({ links, marks }: { links: readonly string[]; marks?: ReadonlySet<string> }) {
  if (!links.length) return <p className="mt-2 text-sm text-slate-500 italic">No links.</p>;
  return (
    <ul className="mt-2 space-y-0.5 text-sm">
      {links.map((l) => (
        <li key={l} className={marks?.has(l) ? 'font-medium' : undefined}>
          <a href={l} rel="nofollow ugc noopener" className="break-all text-blue-800 underline">
            {l}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One copy of the public part of a profile, rendered as the program would show it. */
function CopyView({ slug, review, copy, title, tone, testId, changedLinks }: { slug: string; review: Review; copy: Copy; title: string; tone: 'public' | 'new'; testId: string; changedLinks?: ReadonlySet<string> }) {
  return (
    <div className={`rounded-lg border p-4 ${tone === 'new' ? 'border-amber-300 bg-amber-50/40' : 'border-slate-200 bg-white'}`} data-testid={testId}>
      <h3 className={`text-xs font-semibold uppercase tracking-wide ${tone === 'new' ? 'text-amber-800' : 'text-slate-500'}`}>{title}</h3>
      <div className="mt-3 flex gap-3">
        <Photo slug={slug} code={review.code} avatar={copy.avatar} name={review.name} size={56} />
        <div className="min-w-0 flex-1">
          {copy.bio.trim() ? <Markdown text={copy.bio} className="text-sm" testId={`${testId}-bio`} /> : <p className="text-sm text-slate-500 italic">No bio.</p>}
          <Links links={copy.links} marks={changedLinks} />
        </div>
      </div>
    </div>
  );
}

/** The bio's Markdown source with removed words struck through and added ones highlighted. */
export function BioDiff({ parts }: { parts: Review['bioDiff'] }) {
  return (
    <p className="mt-1 rounded-md border border-slate-200 bg-white p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap text-slate-700" data-testid="bio-diff">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <del key={i} className="bg-red-100 text-red-900 decoration-red-700">
            {p.text}
          </del>
        ) : (
          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
            {p.text}
          </ins>
        ),
      )}
    </p>
  );
}

export function ApproveForm({ slug, review, back }: { slug: string; review: Review; back: string }) {
  return (
    <ActionForm action={approveSpeaker} submitLabel="Approve" className="[&_button]:bg-emerald-700 [&_button]:hover:bg-emerald-600" testId={`approve-${review.code}`}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="code" value={review.code} />
      <input type="hidden" name="expectedChangedAt" value={review.changedAt?.toISOString() ?? ''} />
      <input type="hidden" name="back" value={back} />
    </ActionForm>
  );
}

/** Public now vs the new version, the word diff and the link changes. */
export function Comparison({ slug, review, timeZone }: { slug: string; review: Review; timeZone: string }) {
  const added = new Set(review.linkChanges.added);
  const removed = new Set(review.linkChanges.removed);
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        <CopyView
          slug={slug}
          review={review}
          copy={review.approved}
          title={review.approvedAt && review.state !== 'NOT_APPROVED' ? `Public now · approved ${when(review.approvedAt, timeZone)}${review.approvedBy ? ` by ${review.approvedBy}` : ''}` : 'Public now · nothing approved yet'}
          tone="public"
          testId="approved-copy"
          changedLinks={removed}
        />
        <CopyView
          slug={slug}
          review={review}
          copy={review.working}
          title={`New version${review.changedAt ? ` · ${when(review.changedAt, timeZone)}` : ''}`}
          tone="new"
          testId="working-copy"
          changedLinks={added}
        />
      </div>
      {review.changes.includes('bio') && review.approved.bio.trim() !== '' && (
        <div>
          <h3 className="text-sm font-medium text-slate-700">Changes in the bio</h3>
          <BioDiff parts={review.bioDiff} />
        </div>
      )}
      {review.changes.includes('links') && (
        <p className="text-sm text-slate-700" data-testid="link-changes">
          <span className="font-medium">Links: </span>
          {review.linkChanges.added.map((l) => (
            <span key={`+${l}`} className="mr-2 rounded bg-emerald-100 px-1 text-emerald-900">
              + {l}
            </span>
          ))}
          {review.linkChanges.removed.map((l) => (
            <span key={`-${l}`} className="mr-2 rounded bg-red-100 px-1 text-red-900 line-through">
              − {l}
            </span>
          ))}
          {!review.linkChanges.added.length && !review.linkChanges.removed.length && 'same links, new order'}
        </p>
      )}
      {review.changes.includes('photo') && <p className="text-sm text-slate-700">New photo: {review.working.avatar ? 'uploaded' : 'removed'} (see above).</p>}
    </div>
  );
}

/** One speaker in the list: who, their proposals, the state, and for a pending change the comparison and Approve. */
export function SpeakerCard({ slug, review, timeZone, publicUrl, back }: { slug: string; review: Review; timeZone: string; publicUrl: string; back: string }) {
  const waiting = isWaiting(review.state);
  return (
    <article id={`speaker-${review.code}`} aria-labelledby={`speaker-${review.code}-name`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid={`speaker-${review.code}`}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-3">
          <Photo slug={slug} code={review.code} avatar={review.working.avatar} name={review.name} size={40} />
          <div className="min-w-0">
            <h2 id={`speaker-${review.code}-name`} className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
              <Link href={`/${slug}/speakers/${encodeURIComponent(review.code)}`} className="hover:underline">
                {review.name}
              </Link>
              <BioStateBadge state={review.state} />
              {waiting && review.changes.length > 0 && <span className="text-xs font-normal text-slate-600">changed: {review.changes.map((c) => BIO_PART_LABELS[c].toLowerCase()).join(', ')}</span>}
            </h2>
            <p className="text-sm text-slate-600">
              {review.email}
              {review.inPublicSchedule && (
                <>
                  {' · '}
                  <a href={`${publicUrl}/${slug}/speakers/${review.code}`} className="text-blue-800 hover:underline">
                    public page ↗
                  </a>
                </>
              )}
            </p>
          </div>
        </div>
        <div className="flex items-start gap-2">
          {waiting && <ApproveForm slug={slug} review={review} back={back} />}
          <Link href={`/${slug}/speakers/${encodeURIComponent(review.code)}#edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
            Edit
          </Link>
        </div>
      </header>
      {review.proposals.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {review.proposals.map((p) => (
            <li key={p.code}>
              {p.title} <span className="text-slate-500">({STATE_LABELS[p.state]})</span>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4">
        {waiting ? (
          <Comparison slug={slug} review={review} timeZone={timeZone} />
        ) : review.state === 'PUBLISHED' ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700">Public bio and links</summary>
            <div className="mt-2 pl-4">
              <Markdown text={review.approved.bio} className="text-sm" />
              <Links links={review.approved.links} />
            </div>
          </details>
        ) : (
          <p className="text-sm text-slate-500 italic">No bio, photo or links yet.</p>
        )}
      </div>
    </article>
  );
}
