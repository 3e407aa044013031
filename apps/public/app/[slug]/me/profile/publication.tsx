// What the public sees of the speaker's profile, next to what they wrote: the organizers approve bio, photo and links
// before they go public, and the speaker should never wonder which version the program shows.
import { BIO_PART_LABELS, BIO_STATE_LABELS, formatDateKey, localDateKey, type BioPart, type BioState } from '@podium/domain';
import { Markdown } from '@podium/ui';

type Avatar = { url: string } | null;
interface Copy {
  bio: string;
  links: string[];
  avatar: Avatar;
}

const BADGE: Record<BioState, string> = {
  PUBLISHED: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  PENDING: 'bg-amber-100 text-amber-900 ring-amber-300',
  NOT_APPROVED: 'bg-amber-100 text-amber-900 ring-amber-300',
  EMPTY: 'bg-slate-100 text-slate-700 ring-slate-300',
};

export function StateBadge({ state }: { state: BioState }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset ${BADGE[state]}`} data-testid="bio-state">
      {BIO_STATE_LABELS[state]}
    </span>
  );
}

const partsText = (parts: readonly BioPart[]) => {
  const words = parts.map((p) => BIO_PART_LABELS[p].toLowerCase());
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
};

export function LinkList({ links, testId }: { links: readonly string[]; testId?: string }) {
  if (!links.length) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 text-sm" data-testid={testId}>
      {links.map((l) => (
        <li key={l}>
          <a href={l} rel="nofollow ugc noopener" className="text-blue-800 underline">
            {l.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A profile card as the program shows it: photo, name, bio, links. */
export function ProfileCard({ name, copy, bioTestId, linksTestId }: { name: string; copy: Copy; bioTestId?: string; linksTestId?: string }) {
  const empty = !copy.bio.trim() && !copy.avatar && copy.links.length === 0;
  return (
    <div className="flex gap-4">
      {copy.avatar ? (
        <img src={copy.avatar.url} alt="" width={48} height={48} className="h-12 w-12 shrink-0 rounded-full object-cover" />
      ) : (
        <div aria-hidden="true" className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-slate-200 font-semibold text-slate-500">
          {name.charAt(0).toUpperCase()}
        </div>
      )}
      <div className="min-w-0">
        <p className="font-semibold">{name}</p>
        {empty ? <p className="mt-1 text-sm text-slate-500 italic">Only your name: no bio, photo or links.</p> : <Markdown text={copy.bio} className="mt-1" testId={bioTestId} />}
        <LinkList links={copy.links} testId={linksTestId} />
      </div>
    </div>
  );
}

/** The approval state, with what is public now beside the speaker's newer version when one waits. */
export function Publication({
  name,
  timeZone,
  publication,
  working,
}: {
  name: string;
  timeZone: string;
  publication: { state: BioState; changes: BioPart[]; changedAt: Date | null; approvedAt: Date | null; approved: Copy };
  working: Copy;
}) {
  const { state, changes, changedAt, approvedAt } = publication;
  const day = (d: Date | null) => (d ? formatDateKey(localDateKey(d, timeZone), 'short') : null);
  return (
    <section aria-labelledby="publication-title" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="publication">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="publication-title" className="text-lg font-semibold">
          In the program
        </h2>
        <StateBadge state={state} />
      </div>
      <p className="mt-2 text-sm text-slate-700" data-testid="bio-state-explanation">
        {state === 'PUBLISHED' && <>Your bio, photo and links are public as you see them on this page{approvedAt ? ` (approved ${day(approvedAt)})` : ''}.</>}
        {state === 'PENDING' && (
          <>
            You changed your {partsText(changes)}
            {changedAt ? ` on ${day(changedAt)}` : ''}. The organizers check changes before they go public: until they approve yours, the program keeps
            showing the version marked “Public now”.
          </>
        )}
        {state === 'NOT_APPROVED' && <>The organizers check bios, photos and links before they go public. Until they approve yours, the program shows your name only.</>}
        {state === 'EMPTY' && <>Write a bio and add a photo and links below: the program shows them with your sessions once the organizers approve them.</>}
      </p>
      {(state === 'PENDING' || state === 'NOT_APPROVED') && (
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <div className="rounded-lg border border-slate-200 p-3" data-testid="public-version">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Public now</h3>
            <div className="mt-2">
              <ProfileCard name={name} copy={publication.approved} bioTestId="public-bio" />
            </div>
          </div>
          <div className="rounded-lg border border-amber-300 bg-amber-50/40 p-3" data-testid="pending-version">
            <h3 className="text-sm font-semibold uppercase tracking-wide text-amber-800">Your version, waiting for approval</h3>
            <div className="mt-2">
              <ProfileCard name={name} copy={working} bioTestId="bio-preview" />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
