import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Podium', template: '%s · Podium' },
  description: 'Conference programs published with Podium.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        {children}
        {/* Stars and tab keys on pages served as plain HTML; does nothing where React runs the page. */}
        <script src="/podium-agenda.js" defer data-podium-keep="" />
      </body>
    </html>
  );
}
