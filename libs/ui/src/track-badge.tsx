export function TrackBadge({ track }: { track: { name: string; color: string } | null }) {
  if (!track) return null;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border border-slate-200 bg-white px-2 py-0.5 text-xs font-medium text-slate-700">
      <span aria-hidden="true" className="h-2 w-2 rounded-full" style={{ backgroundColor: track.color }} />
      {track.name}
    </span>
  );
}
