import Link from 'next/link';

export default function ForbiddenPage() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">You don’t have access to this page</h1>
      <p className="mt-2 text-slate-700">Only the organizers of this conference can open it. If you think you should, ask one of them to invite you to the team.</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-blue-800 hover:underline">
          Back to your conferences
        </Link>
      </p>
    </main>
  );
}
