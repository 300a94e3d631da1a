/**
 * "Export image…": a menu button in the header whose items save the graph (or the loss curve) as a
 * PNG at twice the screen size or as a standalone SVG with the values as text.
 */
import { format, messages } from '../../i18n';
import { downloadBlob } from '../download';
import { MenuButton } from '../MenuButton';
import { useAppStore } from '../StoreContext';
import './ExportImageMenu.css';

const t = messages.exports;

interface PictureSource {
  /** The drawn SVG, found when the item is chosen (the graph is re-rendered on every step). */
  selector: string;
  /** The catalog entry naming it, for the message when it is missing. */
  what: 'graph' | 'lossChart' | 'boundary';
  file: string;
  /** Canvases drawn beneath the SVG on the page (the boundary's heat map, the graph's lines). */
  underlays?: string;
}

const GRAPH: PictureSource = {
  selector: '.graph-area svg',
  underlays: '.graph-area canvas.graph-lines',
  what: 'graph',
  file: 'backprop-lab-graph',
};
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

  const save = async ({ source, kind }: (typeof ITEMS)[number]) => {
    const svg = document.querySelector<SVGSVGElement>(source.selector);
    if (!svg) {
      reportError({ code: 'invalid', message: format(t.nothingToExport, { what: t[source.what] }) });
      return;
    }
    try {
      const underlays = source.underlays
        ? [...document.querySelectorAll<HTMLCanvasElement>(source.underlays)]
        : [];
      // The serialiser loads on the first export, not with the page.
      const { standaloneSvg, svgToPng } = await import('./svgPicture');
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

  return (
    <MenuButton
      label={t.imageMenu}
      title={t.imageMenuHint}
      menuLabel={t.imageMenu}
      className="export-menu"
      listClassName="export-menu__list"
      items={ITEMS.map((item) => ({ testId: item.id, label: t[item.label], choose: () => void save(item) }))}
    />
  );
}
