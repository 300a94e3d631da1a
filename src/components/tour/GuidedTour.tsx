/**
 * The guided tour: a card beside the part of the page each step talks about, that part outlined.
 * Not modal, so the buttons it points at can be clicked (and the keys step the lesson) while it is
 * open; Back and Next move through it, Escape or Close ends it and the opener gets the focus back.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { format, messages } from '../../i18n';
import { Formula } from '../math/Formula';
import { TOUR_STEPS } from './tourSteps';
import './tour.css';

const t = messages.tour;

const CARD_WIDTH = 340;
const GAP = 12;

/**
 * Outline `target` and put the card below it if it fits in the window, else above, kept on screen.
 * Written straight to the two elements' styles: they follow the page's layout, not React state.
 */
function place(target: Element | null, card: HTMLElement, highlight: HTMLElement): void {
  const width = Math.min(CARD_WIDTH, innerWidth - 2 * GAP);
  card.style.width = `${width}px`;
  if (!target) {
    highlight.hidden = true;
    card.style.top = `${GAP}px`;
    card.style.left = `${innerWidth - width - GAP}px`;
    return;
  }
  const box = target.getBoundingClientRect();
  highlight.hidden = false;
  Object.assign(highlight.style, {
    top: `${box.top - 4}px`,
    left: `${box.left - 4}px`,
    width: `${box.width + 8}px`,
    height: `${box.height + 8}px`,
  });
  const below = box.bottom + GAP;
  const top =
    below + card.offsetHeight <= innerHeight ? below : Math.max(GAP, box.top - card.offsetHeight - GAP);
  card.style.top = `${top}px`;
  card.style.left = `${Math.min(Math.max(GAP, box.left), innerWidth - width - GAP)}px`;
}

export function GuidedTour({ onClose }: { onClose: () => void }) {
  const [index, setIndex] = useState(0);
  const card = useRef<HTMLDivElement>(null);
  const highlight = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = TOUR_STEPS[index]!;
  const words = t.steps[step.id];
  const last = index === TOUR_STEPS.length - 1;

  // Each step brings its part of the page into view and the focus to its heading, which is read out;
  // the outline and the card follow the page as it scrolls, resizes or re-renders under them.
  useLayoutEffect(() => {
    const reposition = () => {
      if (card.current && highlight.current) place(step.target(), card.current, highlight.current);
    };
    step.target()?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    reposition();
    heading.current?.focus();
    const observer = new ResizeObserver(reposition);
    observer.observe(document.body);
    addEventListener('resize', reposition);
    addEventListener('scroll', reposition, true);
    return () => {
      observer.disconnect();
      removeEventListener('resize', reposition);
      removeEventListener('scroll', reposition, true);
    };
  }, [step]);

  const move = (delta: number) => setIndex((k) => Math.min(TOUR_STEPS.length - 1, Math.max(0, k + delta)));

  return createPortal(
    <>
      <div
        ref={highlight}
        className="tour-highlight"
        aria-hidden="true"
        data-testid="tour-highlight"
        hidden
      />
      <div
        ref={card}
        role="dialog"
        aria-labelledby="tour-title"
        aria-describedby="tour-text"
        className="tour-card"
        data-tour-step={step.id}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <p className="tour-progress">
          {t.title} · {format(t.progress, { step: index + 1, count: TOUR_STEPS.length })}
        </p>
        <h2 id="tour-title" ref={heading} tabIndex={-1}>
          {words.title}
        </h2>
        <p id="tour-text">{words.text}</p>
        {step.formula && (
          <p className="tour-formula">
            <Formula text={step.formula()} />
          </p>
        )}
        <div className="tour-buttons">
          <button type="button" onClick={() => move(-1)} disabled={index === 0}>
            {t.back}
          </button>
          <button type="button" onClick={last ? onClose : () => move(1)}>
            {last ? t.done : t.next}
          </button>
          <button type="button" className="tour-close" onClick={onClose} aria-label={t.close} title={t.close}>
            ×
          </button>
        </div>
      </div>
    </>,
    document.body,
  );
}
