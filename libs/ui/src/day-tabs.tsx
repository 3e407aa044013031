'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface DayTab {
  /** Unique among the tabs: "2012-11-07", "all". */
  key: string;
  href: string;
  label: string;
  /** A short second line, e.g. "3 sessions". */
  hint?: string;
}

/**
 * Tabs that are links: one URL per tab, so they work without JavaScript (each is a plain link, all reachable with Tab)
 * and can be bookmarked. With JavaScript they also behave as an ARIA tab list: one tab stop, arrow keys, Home and End
 * move between tabs, Enter or Space opens one (podium-agenda.js does the same on pages served as plain HTML). The
 * selected tab labels the panel `panelId`.
 */
export function DayTabs({ tabs, selected, panelId, label }: { tabs: DayTab[]; selected: string; panelId: string; label: string }) {
  const [enhanced, setEnhanced] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => setEnhanced(true), []);

  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLAnchorElement>('[role="tab"]') ?? [])];
    const i = items.indexOf(e.currentTarget);
    const go = (j: number) => {
      e.preventDefault();
      items[(j + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === ' ') {
      e.preventDefault();
      e.currentTarget.click();
    }
  };

  return (
    <div ref={list} role="tablist" aria-label={label} data-podium-tabs="" className="flex gap-2 overflow-x-auto pb-1" data-testid="day-tabs">
      {tabs.map((t) => {
        const on = t.key === selected;
        return (
          <a
            key={t.key}
            id={`tab-${t.key}`}
            role="tab"
            href={t.href}
            aria-selected={on}
            aria-controls={on ? panelId : undefined}
            tabIndex={enhanced ? (on ? 0 : -1) : undefined}
            onKeyDown={enhanced ? onKeyDown : undefined}
            className={`flex shrink-0 flex-col rounded-lg border px-3 py-1.5 text-left text-sm leading-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${
              on ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100'
            }`}
          >
            <span className="font-semibold">{t.label}</span>
            {t.hint && <span className={`text-xs ${on ? 'text-slate-200' : 'text-slate-600'}`}>{t.hint}</span>}
          </a>
        );
      })}
    </div>
  );
}
