import Link from 'next/link';
import { Notice } from '../../../_components/notice';

/** Required speaker questions not answered yet: submitting needs them, so say so before the speaker tries. */
export function ProfileGaps({ slug, profile }: { slug: string; profile: { questions: { id: string; label: string; required: boolean }[]; answers: Record<string, unknown> } }) {
  const missing = profile.questions.filter((q) => q.required && profile.answers[q.id] === undefined);
  if (missing.length === 0) return null;
  const list = missing.map((q) => q.label).join('; ');
  return (
    <div className="mt-4">
      <Notice tone="warn" testId="profile-gaps">
        Before you can submit, answer {missing.length > 1 ? 'these questions' : 'this question'} in your speaker profile: {list}
        {/[.?!]$/.test(list) ? ' ' : '. '}
        <Link href={`/${slug}/me/profile`} className="font-semibold underline">
          Go to your profile
        </Link>
      </Notice>
    </div>
  );
}
