/**
 * One formula of arithmetic, typeset with KaTeX once it has loaded; until then (and if it cannot
 * load) the plain text in a <code>, which is also what the formula says to a screen reader through
 * KaTeX's MathML.
 */
import { useEffect, useState } from 'react';

/** Plain-text formula → KaTeX's HTML and MathML. */
type Render = (text: string) => string;

let loaded: Render | null = null;
let loading: Promise<Render> | null = null;

/** Starts loading KaTeX (once); resolves to its renderer. */
export function loadKatex(): Promise<Render> {
  loading ??= import('./katexRender').then((module) => (loaded = module.renderFormula));
  return loading;
}

export function Formula({ text }: { text: string }) {
  const [render, setRender] = useState<Render | null>(() => loaded);
  useEffect(() => {
    if (render) return;
    let live = true;
    loadKatex().then(
      (r) => live && setRender(() => r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [render]);
  if (!render) return <code className="formula-plain">{text}</code>;
  return <span className="formula" data-formula={text} dangerouslySetInnerHTML={{ __html: render(text) }} />;
}
