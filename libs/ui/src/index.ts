export { AgendaGrid } from './agenda-grid.tsx';
export { AgendaList } from './agenda-list.tsx';
export { TrackBadge } from './track-badge.tsx';
export type { AgendaViewDay, AgendaCardEntry } from './agenda-types.ts';
export * from './action-form.tsx';
export { Markdown, renderMarkdown } from './markdown.tsx';
export { Section } from './section.tsx';
