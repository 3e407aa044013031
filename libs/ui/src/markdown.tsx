// Markdown for speaker bios and the CFP text, rendered on the server. Raw HTML is never passed through (markdown-it's
// `html: false` escapes it), links are checked by markdown-it (no javascript:, vbscript:, file: or data: URLs) and
// get rel="nofollow ugc noopener"; bare URLs become links.

import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow ugc noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};
// No images: a bio or CFP text must not make readers load pictures from elsewhere (tracking, mixed content).
md.disable(['image']);

/** The HTML markdown-it makes of `text` (safe to insert: no raw HTML, checked links, no images). */
export function renderMarkdown(text: string): string {
  return md.render(text);
}

const styles = [
  'text-slate-800 leading-relaxed',
  '[&_p]:my-2 [&_p:first-child]:mt-0 [&_p:last-child]:mb-0',
  '[&_a]:text-blue-800 [&_a]:underline [&_a:hover]:text-blue-600',
  '[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6',
  '[&_h1]:mt-4 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:font-semibold',
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.9em]',
  '[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3',
  '[&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600',
].join(' ');

export function Markdown({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  if (!text.trim()) return null;
  return <div className={`${styles} ${className ?? ''}`} data-testid={testId} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}
