/**
 * The graph for keyboard and screen-reader users (issue 12): one tab stop with arrow keys, the
 * selection's arithmetic announced, the values as tables equal to the graph's numbers, and points
 * added and removed with a form.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readGraph } from './helpers/graphDom';
import { importScenario, largestNetwork } from './helpers/lessons';
import { fourSignificant } from './helpers/numbers';

const GRAPH = 'svg[data-keys="navigation"]';

function stepButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Training steps' }).getByRole('button', { name, exact: true });
}

/**
 * Tab from the top of the page through every tab stop once round; how many of them are in the
 * graph, and how many there are in all.
 */
async function tabStops(page: Page): Promise<{ graph: number; all: number }> {
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<string>();
  let graph = 0;
  for (let k = 0; k < 600; k++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate((selector) => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const path: string[] = [];
      for (let e: Element | null = element; e; e = e.parentElement)
        path.unshift(`${e.tagName}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
      return { id: path.join('/'), inGraph: element.closest(selector) !== null };
    }, GRAPH);
    if (!where || seen.has(where.id)) break;
    seen.add(where.id);
    if (where.inGraph) graph++;
  }
  return { graph, all: seen.size };
}

test('the graph is one tab stop, on the default network and on 2-8×6-1', async ({ appPage: page }) => {
  const small = await tabStops(page);
  expect(small.graph).toBe(1);
  expect(await page.locator('[data-node], [data-edge], [data-bias]').count()).toBe(14);

  await importScenario(page, largestNetwork());
  await expect(page.locator('[data-edge]')).toHaveCount(2 * 8 + 5 * 64 + 8);
  const large = await tabStops(page);
  expect(large.graph).toBe(1);
  // The graph's 444 elements no longer sit in the tab order: the page's other controls are the rest.
  expect(large.all).toBeLessThan(100);
  console.log(
    `tab stops: default ${small.all} (graph ${small.graph}); 2-8×6-1 ${large.all} (graph ${large.graph})`,
  );
  test.info().annotations.push({
    type: 'tab stops',
    description: `default: ${small.all} on the page, 1 in the graph; 2-8×6-1: ${large.all}, 1 in the graph`,
  });
});

test('arrow keys move the selection through the graph and the arithmetic is announced', async ({
  appPage: page,
}) => {
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const next = page.getByText(/^Next:/);
  const nextBefore = await next.textContent();
  const x1 = page.locator('[data-node="0:0"]');
  await x1.focus();
  const status = page.locator(GRAPH).locator('xpath=..').getByRole('status');

  await page.keyboard.press('ArrowRight');
  const edge = page.locator('[data-edge="1:0:0"]');
  await expect(edge).toBeFocused();
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toContainText('Weight W1[1][1]: from x₁ to unit 1 of layer 1');

  await page.keyboard.press('ArrowRight');
  const unit = page.locator('[data-node="1:0"]');
  await expect(unit).toBeFocused();
  await expect(page.getByRole('region', { name: 'Unit 1 of layer 1' })).toBeVisible();
  const z = Number(await unit.getAttribute('data-z'));
  await expect(status).toContainText(`Unit 1 of layer 1. Weighted sum: z = `);
  await expect(status).toContainText(`= ${fourSignificant(z)}`);

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-node="1:1"]')).toBeFocused();
  await expect(status).toContainText('Unit 2 of layer 1.');
  // The arrows moved in the graph; the lesson did not step or undo.
  await expect(next).toHaveText(nextBefore!);
  // PageDown still steps with the focus in the graph.
  await page.keyboard.press('PageDown');
  await expect(next).not.toHaveText(nextBefore!);

  // Play changes the numbers many times a second; the announcement stays as it was.
  const said = await status.textContent();
  await stepButton(page, 'Play').click();
  await expect(page.getByTestId('step-count')).not.toContainText('Updates 0');
  await expect(page.getByTestId('step-count')).not.toContainText(/Updates [1-3]\b/);
  await stepButton(page, 'Pause').click();
  expect(await status.textContent()).toBe(said);
});

test('a click on the graph selects without taking the keys: → still steps the lesson', async ({
  appPage: page,
}) => {
  const next = page.getByText(/^Next:/);
  await expect(next).toContainText('forward layer 1');
  await page.locator('[data-node="1:0"]').click();
  await expect(page.getByRole('region', { name: 'Unit 1 of layer 1' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(next).toContainText('forward layer 2');
  // With the focus in the graph, the arrows move in it.
  await page.locator('[data-node="1:0"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-node="1:1"]')).toBeFocused();
  await expect(next).toContainText('forward layer 2');
});

test('the shortcut list documents the graph keys', async ({ appPage: page }) => {
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('table', { name: 'In the network graph' })).toContainText(
    'Shift+← / Shift+→',
  );
});

test('the values table writes the numbers the graph carries', async ({ appPage: page }) => {
  // Forward, loss and backward: every value computed.
  for (let k = 0; k < 5; k++) await page.keyboard.press('PageDown');
  await expect(page.locator('[data-node="0:0"]')).toHaveAttribute('data-dlda', /\d/);
  const graph = await readGraph(page);
  await page
    .getByRole('group', { name: 'Show the values as' })
    .getByRole('button', { name: 'Table' })
    .click();
  await expect(page.locator(GRAPH)).toHaveCount(0);
  // The tables' code loads on first use: read them once they are there.
  await expect(page.getByRole('region', { name: 'Values of the network' })).toBeVisible();

  const sizes = [2, 2, 1];
  const compared: string[] = [];
  const cellsOf = async (table: Locator, head: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: head, exact: true }) })
      .getByRole('cell')
      .allTextContents();
  const expectCell = (shown: string | undefined, attribute: string | undefined, what: string) => {
    expect(attribute, what).toBeDefined();
    expect(shown, what).toBe(fourSignificant(Number(attribute)));
    compared.push(what);
  };

  const inputs = page.getByRole('table', { name: 'Input layer: x and dL/dx' });
  for (let j = 0; j < sizes[0]!; j++) {
    const [x, dLdx] = await cellsOf(inputs, `x${'₁₂'[j]}`);
    const node = graph[`node:0:${j}`]!.attributes;
    expectCell(x, node['data-a'], `x${j + 1}`);
    expectCell(dLdx, node['data-dlda'], `dL/dx${j + 1}`);
  }
  for (let layer = 1; layer < sizes.length; layer++) {
    const table = page.getByRole('table', { name: new RegExp(`^Layer ${layer} \\(`) });
    const output = layer === sizes.length - 1;
    for (let i = 0; i < sizes[layer]!; i++) {
      const cells = await cellsOf(table, `Unit ${i + 1} of layer ${layer}`);
      const node = graph[`node:${layer}:${i}`]!.attributes;
      const bias = graph[`bias:${layer}:${i}`]!.attributes;
      const [z, a, dLdz, dLda] = cells;
      const rest = cells.slice(output ? 5 : 4);
      expectCell(z, node['data-z'], `z${layer}:${i}`);
      expectCell(a, node['data-a'], `a${layer}:${i}`);
      expectCell(dLdz, node['data-dldz'], `dL/dz${layer}:${i}`);
      expectCell(dLda, node['data-dlda'], `dL/da${layer}:${i}`);
      expectCell(rest[0], bias['data-b'], `b${layer}:${i}`);
      expectCell(rest[1], bias['data-dldb'], `dL/db${layer}:${i}`);
      const inputs = sizes[layer - 1]!;
      for (let j = 0; j < inputs; j++) {
        const edge = graph[`edge:${layer}:${i}:${j}`]!.attributes;
        expectCell(rest[2 + j], edge['data-w'], `w${layer}:${i}:${j}`);
        expectCell(rest[2 + inputs + j], edge['data-dldw'], `dL/dw${layer}:${i}:${j}`);
        await expect(page.locator(`[data-cell="W:${layer}:${i}:${j}"]`)).toHaveText(rest[2 + j]!);
      }
    }
  }
  expect(compared).toHaveLength(4 + 2 * (6 + 2 * 2) + 1 * (6 + 2 * 2));

  // It follows the steps: Update, then a value not computed yet reads so.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const layer2 = page.getByRole('table', { name: /^Layer 2 \(/ });
  await expect(layer2.getByRole('cell', { name: 'not computed yet' })).not.toHaveCount(0);
  await page
    .getByRole('group', { name: 'Show the values as' })
    .getByRole('button', { name: 'Graph' })
    .click();
  await expect(page.locator(GRAPH)).toBeVisible();
});

test('a point is added and removed with the form, and a bad number is refused by name', async ({
  appPage: page,
}) => {
  const summary = page.getByText(/^\d+ training and \d+ test samples$/);
  const trainCount = async () => Number((await summary.textContent())!.split(' ')[0]);
  const before = await trainCount();
  const add = page.getByRole('group', { name: 'Add a point' });
  await add.getByRole('textbox', { name: 'x₁' }).fill('0.3');
  await add.getByRole('textbox', { name: 'x₂' }).fill('-7/10');
  await add.getByRole('combobox', { name: 'Class' }).selectOption({ label: 'Class 0' });
  await add.getByRole('button', { name: 'Add point' }).click();
  await expect(summary).toHaveText(new RegExp(`^${before + 1} training`));
  await expect(page.getByRole('status').filter({ hasText: 'Added Training point' })).toContainText(
    `Added Training point ${before + 1}: x₁ = 0.3, x₂ = −0.7, y₁ = 0.`,
  );

  await add.getByRole('textbox', { name: 'x₁' }).fill('0x10');
  await add.getByRole('button', { name: 'Add point' }).click();
  await expect(add.getByRole('textbox', { name: 'x₁' })).toHaveAttribute('aria-invalid', 'true');
  await expect(add).toContainText('x₁: must be a number such as 0.1 or 1e-3');
  await expect(page.getByRole('alert')).toContainText('x₁: must be a number');
  await expect(summary).toHaveText(new RegExp(`^${before + 1} training`));

  const remove = page.getByRole('group', { name: 'Remove a point' });
  // The list of long point names fits the side panel.
  expect(await page.locator('.side-panels').evaluate((e) => e.scrollWidth - e.clientWidth)).toBe(0);
  await remove
    .getByRole('combobox', { name: 'Point' })
    .selectOption({ label: `Training point ${before + 1}: x₁ = 0.3, x₂ = −0.7, y₁ = 0` });
  await remove.getByRole('button', { name: 'Remove point' }).click();
  await expect(summary).toHaveText(new RegExp(`^${before} training`));
  await stepButton(page, 'Undo').click();
  await expect(summary).toHaveText(new RegExp(`^${before + 1} training`));
});
