/**
 * Parts of the page that the first paint does without (the data panel, the diagnoses, the details
 * of a selection, the exercise sheet): their code comes in chunks of their own, fetched as soon as
 * the page is idle after its first paint (so a click rarely waits for one), and a light stand-in
 * shows until a chunk has arrived.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { messages } from '../i18n';

type ComponentProps<C> = C extends ComponentType<infer P> ? P : never;

const loaders: (() => Promise<unknown>)[] = [];

/** React.lazy for a module's named export: lazyNamed(() => import('./x'), 'X'). */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] as ComponentType<ComponentProps<M[K]>> }));
}

/** Fetch every lazy part once the browser is idle; a part that fails loads again when shown. */
export function preloadLazyParts(): void {
  const start = () => loaders.forEach((load) => load().catch(() => undefined));
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

/** A side panel's stand-in while its code loads: its heading and a busy note. */
export function PanelFallback({ heading, className }: { heading: string; className: string }) {
  return (
    <section className={`panel ${className}`} aria-busy="true" aria-label={heading}>
      <h2>{heading}</h2>
      <p className="hint">{messages.common.loading}</p>
    </section>
  );
}

export function LazyPanel({
  heading,
  className,
  children,
}: {
  heading: string;
  className: string;
  children: ReactNode;
}) {
  return <Suspense fallback={<PanelFallback heading={heading} className={className} />}>{children}</Suspense>;
}
