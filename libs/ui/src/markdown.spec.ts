import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.tsx';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('I work on **QEMU**.\n\n- one\n- two')).toBe('<p>I work on <strong>QEMU</strong>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
  });

  it('escapes raw HTML instead of passing it through', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderMarkdown('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>\n');
  });

  it('refuses javascript: links and images, and marks links nofollow', () => {
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>[click](javascript:alert(1))</p>\n');
    expect(renderMarkdown('![x](https://example.org/x.png)')).not.toContain('<img');
    expect(renderMarkdown('See https://example.org')).toBe('<p>See <a href="https://example.org" rel="nofollow ugc noopener">https://example.org</a></p>\n');
  });
});
