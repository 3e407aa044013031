// Speaker bios are approved by staff before they go public. A profile holds two copies of its public part (bio, photo,
// links): the speaker's working copy and the approved copy the public sees. These rules say how the two compare, what
// state a profile is in, and what changed, in words and as a word diff for the organizer's review.

/** The public part of a speaker profile, in one copy. */
export interface BioCopy {
  bio: string;
  avatarId: string | null;
  links: readonly string[];
}

/** The parts of a profile that are approved together. */
export type BioPart = 'bio' | 'photo' | 'links';
export const BIO_PARTS: readonly BioPart[] = ['bio', 'photo', 'links'];
export const BIO_PART_LABELS: Record<BioPart, string> = { bio: 'Bio', photo: 'Photo', links: 'Links' };

/**
 * EMPTY: nothing written and nothing public. PUBLISHED: the public sees the working copy. PENDING: an approved version
 * is public and a newer one waits for staff. NOT_APPROVED: nothing has been approved yet, so nothing is public.
 */
export type BioState = 'EMPTY' | 'PUBLISHED' | 'PENDING' | 'NOT_APPROVED';
export const BIO_STATES: readonly BioState[] = ['PENDING', 'NOT_APPROVED', 'PUBLISHED', 'EMPTY'];
export const BIO_STATE_LABELS: Record<BioState, string> = {
  EMPTY: 'Nothing to publish yet',
  PUBLISHED: 'Published',
  PENDING: 'Waiting for approval',
  NOT_APPROVED: 'Not yet approved',
};

const sameLinks = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((l, i) => l === b[i]);

/** The parts in which two copies differ, in the order bio, photo, links (empty when they are the same). */
export function bioDifferences(a: BioCopy, b: BioCopy): BioPart[] {
  const out: BioPart[] = [];
  if (a.bio !== b.bio) out.push('bio');
  if ((a.avatarId ?? null) !== (b.avatarId ?? null)) out.push('photo');
  if (!sameLinks(a.links, b.links)) out.push('links');
  return out;
}

export const isEmptyCopy = (c: BioCopy) => !c.bio.trim() && !c.avatarId && c.links.length === 0;

/**
 * The approval state of a profile. Pending means the working copy differs from the approved one (so a speaker who
 * changes their bio back to the approved text has nothing pending); it is "not yet approved" while nothing of the
 * profile has been approved, so the public sees nothing of it.
 */
export function bioState(p: { working: BioCopy; approved: BioCopy; approvedAt: Date | null }): BioState {
  if (bioDifferences(p.working, p.approved).length === 0) return isEmptyCopy(p.working) ? 'EMPTY' : 'PUBLISHED';
  return !p.approvedAt || isEmptyCopy(p.approved) ? 'NOT_APPROVED' : 'PENDING';
}

export const isPendingApproval = (state: BioState) => state === 'PENDING' || state === 'NOT_APPROVED';

// --- A word diff for reviewing a changed bio ------------------------------------------------------------------------

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Beyond this many words a side, the diff is shown as "all removed, all added" (bios are at most 5,000 characters). */
const DIFF_MAX_TOKENS = 3000;

/** Words with the whitespace after them, so joining the tokens gives the text back exactly. */
function tokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

/**
 * The changes from `before` to `after`, word by word (longest common subsequence), with runs of one kind merged:
 * joining the "same" and "removed" parts gives `before`, the "same" and "added" parts give `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  // Common prefix and suffix first: most edits touch a small part of a bio.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length > DIFF_MAX_TOKENS || midB.length > DIFF_MAX_TOKENS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    // lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push('same', midA[i++]!);
        j++;
      } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', midA[i++]!);
      else push('added', midB[j++]!);
    }
    while (i < n) push('removed', midA[i++]!);
    while (j < m) push('added', midB[j++]!);
  }
  push('same', a.slice(endA).join(''));
  return parts;
}

/** The links added and removed between two copies, in their order. */
export function diffLinks(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((l) => !before.includes(l)), removed: before.filter((l) => !after.includes(l)) };
}
