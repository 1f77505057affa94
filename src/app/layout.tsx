import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { BackupReminder } from '../features/exchange/backup-reminder';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useWindowDrop } from './use-window-drop';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${active ? 'bg-white/15 text-white' : 'text-slate-300 hover:text-white'}`}
    >
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  useWindowDrop();
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
            <img src="./favicon.svg" alt="" className="h-6 w-6" />
            FrameLens
          </Link>
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            <NavLink href="/">Library</NavLink>
            <NavLink href="/add">Add article</NavLink>
            <NavLink href="/summary">Summary</NavLink>
            <NavLink href="/classroom">Classroom</NavLink>
            <NavLink href="/exchange">Import & export</NavLink>
            <NavLink href="/settings">Settings</NavLink>
          </nav>
        </div>
      </header>
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 focus:outline-none"
      >
        <BackupReminder />
        <div>{children}</div>
      </main>
    </div>
  );
}
