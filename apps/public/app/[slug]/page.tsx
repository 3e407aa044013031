import { redirect } from 'next/navigation';

export default async function ConferencePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  redirect(`/${encodeURIComponent(slug)}/schedule`);
}
