/**
 * Reflow checks (WCAG 1.4.10): a record of every moment the page was wider than the window. A check
 * of scrollWidth now and then misses a chart drawn one frame too wide; this one looks at every frame
 * and after every change to the DOM, so such a frame fails the test every time, not now and then.
 */
import type { Page } from '@playwright/test';

/** One moment the page could be scrolled sideways, and the outermost elements sticking out. */
export interface SidewaysScroll {
  scrollWidth: number;
  viewport: number;
  /** "svg.loss-chart → 346": the element (tag, class, test id) and its right edge in px. */
  outside: string[];
}

interface Recorder {
  __sideways?: SidewaysScroll[];
}

/**
 * From the next navigation on, record every frame and every DOM change after which the document is
 * wider than the window. Call before `page.goto` or `page.reload`.
 */
export async function recordSidewaysScroll(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record: SidewaysScroll[] = [];
    (window as Recorder).__sideways = record;
    const describe = (element: Element) => {
      const testId = element.getAttribute('data-testid');
      const className = element.getAttribute('class');
      return `${element.tagName.toLowerCase()}${className ? `.${className.split(' ')[0]}` : ''}${testId ? `[${testId}]` : ''}`;
    };
    const check = () => {
      const viewport = document.documentElement.clientWidth;
      const scrollWidth = document.documentElement.scrollWidth;
      if (scrollWidth <= viewport) return;
      const sticksOut = (element: Element | null) =>
        element !== null && element.getBoundingClientRect().right > viewport + 0.5;
      const outside = [...document.body.querySelectorAll('*')]
        .filter((element) => sticksOut(element) && !sticksOut(element.parentElement))
        .map((element) => `${describe(element)} → ${Math.round(element.getBoundingClientRect().right)}`);
      const last = record[record.length - 1];
      if (last?.scrollWidth !== scrollWidth || last.outside.join() !== outside.join()) {
        record.push({ scrollWidth, viewport, outside });
      }
    };
    const everyFrame = () => {
      check();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** What `recordSidewaysScroll` saw since the page was loaded: empty when the page never overflowed. */
export function sidewaysScrolls(page: Page): Promise<SidewaysScroll[]> {
  return page.evaluate(
    () => (window as Recorder).__sideways ?? [{ scrollWidth: NaN, viewport: NaN, outside: ['no record'] }],
  );
}
