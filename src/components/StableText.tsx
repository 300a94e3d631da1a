/**
 * Text whose box is as wide as the widest text it can show. The header holds status text that
 * changes on every click ("Next: backward layer 2", the loss); sized by its content it would re-wrap
 * the header and resize the graph below on some clicks, and a fixed width guessed for one font would
 * cut the text off in another. Here the possible texts are laid out, invisible, in the same grid cell
 * as the shown one, so the box takes the widest of them in the page's own font and size. They are
 * drawn by CSS (`content: attr(data-text)`), so they are no part of the document's text: screen
 * readers, searches and tests see only the text shown.
 */
import type { ReactNode } from 'react';

/** A run of a sizer text, in the class (font size and weight) the shown text uses for it. */
export interface SizerPart {
  text: string;
  className?: string;
}

/** One possible text: a plain string, or runs in different styles. */
export type Sizer = string | readonly SizerPart[];

export interface StableTextProps {
  /** The widest texts this box can show. */
  sizers: readonly Sizer[];
  className?: string;
  title?: string | undefined;
  children?: ReactNode;
}

function SizerText({ sizer }: { sizer: Sizer }) {
  const parts = typeof sizer === 'string' ? [{ text: sizer }] : sizer;
  return (
    <span className="stable-text__sizer" aria-hidden="true">
      {parts.map((part, k) => (
        <span key={k} className={part.className} data-text={part.text} />
      ))}
    </span>
  );
}

export function StableText({ sizers, className, title, children }: StableTextProps) {
  return (
    <span className={className ? `stable-text ${className}` : 'stable-text'} title={title}>
      {sizers.map((sizer, k) => (
        <SizerText key={k} sizer={sizer} />
      ))}
      <span className="stable-text__content">{children}</span>
    </span>
  );
}
