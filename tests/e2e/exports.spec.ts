/**
 * What leaves the app and comes back: the graph as PNG and SVG pictures, the data set as CSV, and the
 * one-file build opened from file:// with no server (`npm run test:e2e` builds dist-single/ first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, type Download, type Page } from '@playwright/test';
import { test, expect, choosePreset } from './fixtures';
import { PRESET_LABELS } from './helpers/lessons';
import { fourSignificant } from './helpers/numbers';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await read(download) };
}

async function read(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type ImageItem =
  'export-png' | 'export-svg' | 'export-loss-svg' | 'export-boundary-png' | 'export-boundary-svg';

async function exportImage(page: Page, testId: ImageItem) {
  return downloaded(page, async () => {
    await page.getByRole('button', { name: 'Export image…' }).click();
    await page.getByTestId(testId).click();
  });
}

/** The textbook network after one forward pass: every node has its z and a, and the loss is shown. */
async function textbookAfterForward(page: Page): Promise<void> {
  await choosePreset(page, PRESET_LABELS.textbook);
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await page.getByRole('button', { name: 'Forward', exact: true }).click();
  await expect(page.getByTestId('loss-value')).toHaveText('0.2984');
}

const graphSvg = (page: Page) => page.locator('.graph-area svg').first();

test('the graph as PNG: a valid PNG at twice the drawn size, at least 1000 px wide, not blank', async ({
  appPage: page,
}) => {
  await textbookAfterForward(page);
  const box = (await graphSvg(page).boundingBox())!;
  const { name, bytes } = await exportImage(page, 'export-png');
  expect(name).toBe('backprop-lab-graph.png');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1000);
  expect(width).toBe(2 * Math.round(box.width));
  expect(height).toBe(2 * Math.round(box.height));

  // Drawn, not an empty canvas: the text and lines leave thousands of dark pixels on the white.
  const dark = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) count++;
    return { count, corner: [...data.subarray(0, 4)] };
  }, bytes.toString('base64'));
  expect(dark.corner, 'white background').toEqual([255, 255, 255, 255]);
  expect(dark.count).toBeGreaterThan(2000);
});

test('the graph as SVG: standalone XML with the xmlns, inlined styles and the values as text', async ({
  appPage: page,
}) => {
  await textbookAfterForward(page);
  const onScreen = await page.evaluate(() => {
    const edge = document.querySelector('[data-edge="2:0:0"]')!;
    const node = document.querySelector('[data-node="2:1"]')!;
    return { w: Number(edge.getAttribute('data-w')), a: Number(node.getAttribute('data-a')) };
  });
  const { name, bytes } = await exportImage(page, 'export-svg');
  expect(name).toBe('backprop-lab-graph.svg');
  const file = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const textOf = (selector: string) =>
      [...doc.querySelectorAll(`${selector} text`)].map((t) => t.textContent).join(' | ');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: root.localName,
      namespace: root.namespaceURI,
      xmlns: root.getAttribute('xmlns'),
      background: root.querySelector('rect')?.getAttribute('fill'),
      rootStyle: root.getAttribute('style') ?? '',
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      edge: textOf('[data-edge="2:0:0"]'),
      node: textOf('[data-node="2:1"]'),
      styled: doc.querySelectorAll('[style*="stroke"]').length,
      lines: [...doc.querySelectorAll('line[data-line]')].map((line) => line.getAttribute('data-line')),
    };
  }, bytes.toString('utf8'));
  // The edges' lines (a canvas on the page) are in the file as SVG lines, one per edge.
  const edges = await page
    .locator('[data-edge]')
    .evaluateAll((all) => all.map((e) => e.getAttribute('data-edge')));
  expect([...file.lines].sort()).toEqual([...edges].sort());
  expect(file).toMatchObject({
    errors: 0,
    root: 'svg',
    namespace: 'http://www.w3.org/2000/svg',
    xmlns: 'http://www.w3.org/2000/svg',
    background: '#ffffff',
    foreignObjects: 0,
  });
  expect(file.rootStyle).toContain('monospace');
  expect(file.styled, 'strokes from graph.css written into the file').toBeGreaterThan(0);
  expect(file.edge).toContain(fourSignificant(onScreen.w));
  expect(file.node).toContain(fourSignificant(onScreen.a));
});

test('the loss curve as SVG: the axes and the curve of the steps taken', async ({ appPage: page }) => {
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  const { name, bytes } = await exportImage(page, 'export-loss-svg');
  expect(name).toBe('backprop-lab-loss.svg');
  const file = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      testId: doc.documentElement.getAttribute('data-testid'),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      paths: doc.querySelectorAll('path[d]').length,
    };
  }, bytes.toString('utf8'));
  expect(file.errors).toBe(0);
  expect(file.testId).toBe('loss-chart');
  expect(file.texts).toContain('Loss');
  expect(file.paths).toBeGreaterThan(0);
});

test('the decision boundary as PNG and SVG: the heat map under the axes and points', async ({
  appPage: page,
}) => {
  await generate(page, '3');
  const png = await exportImage(page, 'export-boundary-png');
  expect(png.name).toBe('backprop-lab-boundary.png');
  // The heat map tints the whole plot (pale where the network is unsure); without it, only the
  // points and axes would leave the white.
  const tinted = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 250) count++;
    return count / (data.length / 4);
  }, png.bytes.toString('base64'));
  expect(tinted).toBeGreaterThan(0.5);

  const svg = await exportImage(page, 'export-boundary-svg');
  const file = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const image = doc.querySelector('image');
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-testid="decision-boundary"]')!;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      sameHeatMap: image?.getAttribute('href') === canvas.toDataURL('image/png'),
      imageWidth: Number(image?.getAttribute('width')),
      marks: doc.querySelectorAll('circle, path, polygon, rect').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(file).toMatchObject({ errors: 0, sameHeatMap: true });
  expect(file.imageWidth).toBeGreaterThan(100);
  expect(file.marks).toBeGreaterThan(160);
});

/** The data panel's summary line, e.g. "320 training and 80 test samples". */
const summary = (page: Page) => page.getByText(/^\d+ training and \d+ test samples$/);

async function exportCsv(page: Page): Promise<string> {
  const { name, bytes } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Export data (CSV)' }).click(),
  );
  expect(name).toBe('backprop-lab-data.csv');
  return bytes.toString('utf8');
}

async function generate(page: Page, seed: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Two moons' });
  await page.getByRole('spinbutton', { name: 'Data seed' }).fill(seed);
  await page.getByRole('button', { name: 'Generate' }).click();
}

test('the data set goes out as CSV and comes back exactly, test split included', async ({
  appPage: page,
}) => {
  await generate(page, '3');
  await expect(summary(page)).toHaveText('160 training and 40 test samples');
  const exported = await exportCsv(page);
  const lines = exported.trim().split('\n');
  expect(lines[0]).toBe('x1,x2,y1,split');
  expect(lines).toHaveLength(201);
  expect(lines.filter((line) => line.endsWith(',test'))).toHaveLength(40);

  await generate(page, '4');
  expect(await exportCsv(page)).not.toBe(exported);
  await page.getByLabel('Import data (CSV)').setInputFiles({
    name: 'moons.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(exported),
  });
  await expect(summary(page)).toHaveText('160 training and 40 test samples');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await exportCsv(page)).toBe(exported);
});

test('a bad CSV row shows an alert naming it, and the data stays as it was', async ({ appPage: page }) => {
  await generate(page, '3');
  const before = await exportCsv(page);
  const rows = before.trim().split('\n');
  rows[5] = rows[5]!.replace(/^[^,]+/, 'oops');
  await page.getByLabel('Import data (CSV)').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await expect(page.getByRole('alert')).toContainText('row 6, x1');
  await expect(summary(page)).toHaveText('160 training and 40 test samples');
  expect(await exportCsv(page)).toBe(before);
});

base.describe('the one-file build', () => {
  const folder = resolve('dist-single');

  base('is one HTML file that runs the textbook example from file:// with no request', async ({ page }) => {
    expect(readdirSync(folder), 'run `npm run build:single` first').toEqual(['index.html']);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);

    const url = pathToFileURL(join(folder, 'index.html')).href;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url);
    await textbookAfterForward(page);
    const a = (id: string) => page.locator(`[data-node="${id}"]`).getAttribute('data-a');
    expect(Number(await a('2:0'))).toBeCloseTo(0.75136507, 8);
    expect(Number(await a('2:1'))).toBeCloseTo(0.77292847, 8);
    const loss = await page.getByTestId('loss-value').getAttribute('title');
    expect(Number(loss)).toBeCloseTo(0.298371109, 9);

    await page.getByRole('button', { name: 'Backward', exact: true }).click();
    await page.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(page.locator('[data-edge="2:0:0"]')).toHaveAttribute('data-w', /^0\.358916/);
    expect(Number(await page.locator('[data-edge="2:0:0"]').getAttribute('data-w'))).toBeCloseTo(
      0.35891648,
      8,
    );

    const outside = requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'));
    expect(outside, 'requests besides the file itself').toEqual([]);
    expect(problems).toEqual([]);
  });
});
