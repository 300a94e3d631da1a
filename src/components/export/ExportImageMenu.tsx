/**
 * "Export image…": a menu button in the header whose items save the graph (or the loss curve) as a
 * PNG at twice the screen size or as a standalone SVG with the values as text.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { format, messages } from '../../i18n';
import { downloadBlob } from '../download';
import { useAppStore } from '../StoreContext';
import { standaloneSvg, svgToPng } from './svgPicture';
import './ExportImageMenu.css';

const t = messages.exports;

interface PictureSource {
  /** The drawn SVG, found when the item is chosen (the graph is re-rendered on every step). */
  selector: string;
  /** The catalog entry naming it, for the message when it is missing. */
  what: 'graph' | 'lossChart' | 'boundary';
  file: string;
  /** Canvases drawn beneath the SVG on the page (the boundary's heat map). */
  underlays?: string;
}

const GRAPH: PictureSource = { selector: '.graph-area svg', what: 'graph', file: 'backprop-lab-graph' };
const LOSS: PictureSource = {
  selector: 'svg[data-testid="loss-chart"]',
  what: 'lossChart',
  file: 'backprop-lab-loss',
};

const BOUNDARY: PictureSource = {
  selector: 'svg[data-testid="boundary-overlay"]',
  underlays: 'canvas[data-testid="decision-boundary"]',
  what: 'boundary',
  file: 'backprop-lab-boundary',
};

const ITEMS = [
  { id: 'export-png', label: 'graphPng', source: GRAPH, kind: 'png' },
  { id: 'export-svg', label: 'graphSvg', source: GRAPH, kind: 'svg' },
  { id: 'export-loss-png', label: 'lossPng', source: LOSS, kind: 'png' },
  { id: 'export-loss-svg', label: 'lossSvg', source: LOSS, kind: 'svg' },
  { id: 'export-boundary-png', label: 'boundaryPng', source: BOUNDARY, kind: 'png' },
  { id: 'export-boundary-svg', label: 'boundarySvg', source: BOUNDARY, kind: 'svg' },
] as const;

export function ExportImageMenu() {
  const reportError = useAppStore((s) => s.reportError);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const save = async ({ source, kind }: (typeof ITEMS)[number]) => {
    setOpen(false);
    buttonRef.current?.focus();
    const svg = document.querySelector<SVGSVGElement>(source.selector);
    if (!svg) {
      reportError({ code: 'invalid', message: format(t.nothingToExport, { what: t[source.what] }) });
      return;
    }
    try {
      const underlays = source.underlays
        ? [...document.querySelectorAll<HTMLCanvasElement>(source.underlays)]
        : [];
      const picture = standaloneSvg(svg, underlays);
      const blob =
        kind === 'png'
          ? await svgToPng(picture)
          : new Blob([picture.text], { type: 'image/svg+xml;charset=utf-8' });
      downloadBlob(blob, `${source.file}.${kind}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reportError({ code: 'invalid', message: format(t.failed, { message }) });
    }
  };

  /** Arrow keys move between the items, Escape closes the menu: the WAI-ARIA menu button pattern. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else return;
    event.preventDefault();
  };

  return (
    <div className="export-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t.imageMenuHint}
        onClick={() => setOpen(!open)}
      >
        {t.imageMenu}
      </button>
      {open && (
        <div ref={menuRef} id={menuId} role="menu" aria-label={t.imageMenu} className="export-menu__list">
          {ITEMS.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={item.id}
              onClick={() => void save(item)}
            >
              {t[item.label]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
