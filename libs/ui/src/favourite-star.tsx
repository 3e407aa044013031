'use client';

import { toggleFavourite, useFavourites } from './favourites.ts';

/**
 * A toggle that stars a session in this browser. On the server it is a hidden placeholder: without JavaScript there
 * is no star (nothing could keep it). React replaces it once the page is interactive; on agenda pages served as plain
 * HTML, apps/public/public/podium-agenda.js mounts the same button from the placeholder's data attributes.
 */
export function FavouriteStar({ conference, code, title, className = '' }: { conference: string; code: string; title: string; className?: string }) {
  const favourites = useFavourites(conference);
  if (favourites === null) return <span hidden data-podium-star={code} data-conference={conference} data-title={title} className={className} />;
  const on = favourites.includes(code);
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={`Favourite: ${title}`}
      title={on ? 'Remove from my favourites' : 'Add to my favourites'}
      data-testid={`star-${code}`}
      onClick={() => toggleFavourite(conference, code)}
      className={`inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full hover:bg-amber-50 hover:text-amber-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 ${on ? 'text-amber-600' : 'text-slate-600'} ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill={on ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5">
        <path strokeLinejoin="round" d="M10 2.5l2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L10 14.2l-4.7 2.6 1.1-5.2-3.9-3.6 5.2-.6L10 2.5z" />
      </svg>
    </button>
  );
}

const COUNT = 'ml-1 rounded-full bg-amber-100 px-1.5 text-xs font-semibold tabular-nums text-amber-900';

/** "My favourites" with the number starred here, e.g. "My favourites (2)"; the count appears with JavaScript only. */
export function FavouritesCount({ conference }: { conference: string }) {
  const favourites = useFavourites(conference);
  // The placeholder is for podium-agenda.js on plain-HTML pages; React renders the count itself.
  if (favourites === null) return <span hidden data-podium-favourites-count={conference} className={COUNT} />;
  if (favourites.length === 0) return null;
  return (
    <span className={COUNT} data-testid="favourites-count">
      {favourites.length}
      <span className="sr-only"> starred</span>
    </span>
  );
}
