/**
 * README screenshots: where they go, and a check that a written file is a real PNG of the expected
 * size (so a broken capture fails the run instead of silently replacing a good picture).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG file always starts with after its signature. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect([...file.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
  expect(file.toString('latin1', 12, 16), 'IHDR chunk').toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/**
 * Save the viewport as docs/screenshots/<name>.png with the pointer parked off the controls and
 * nothing focused (no hover or focus styling, so reruns give the same picture), then check the file: a PNG of the viewport's size, big enough to hold a drawing.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  const viewport = page.viewportSize()!;
  const file = readFileSync(path);
  expect(pngSize(file), `${name}.png size`).toEqual(viewport);
  expect(file.length, `${name}.png bytes`).toBeGreaterThan(20_000);
}
