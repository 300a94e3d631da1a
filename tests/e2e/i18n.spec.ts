/**
 * The app in Chinese, as a browser set to Chinese opens it: every step of a lesson, the details, the
 * shortcut list and an error speak Chinese, on screen and in accessible names; the switch and
 * `?lang=` go back to English, and the lesson and its undo history survive the switch.
 */
import type { Page } from '@playwright/test';
import { textbookScenario } from '../fixtures/textbook';
import { test, expect } from './fixtures';

/**
 * Latin words allowed on a Chinese page: names of things (functions, optimizers, products, formats),
 * the English button of the language switch, and maths (dL/dz, max, log, a_prev as KaTeX writes it).
 */
const ALLOWED = new Set(
  [
    'Backprop Lab English',
    'ReLU relu leaky Leaky leakyRelu sigmoid Sigmoid tanh softmax Softmax linear',
    'SGD Adam XOR PyTorch NumPy Python',
    'CSV PNG SVG JSON MB kB Ctrl Shift PageDown PageUp Space Home End Enter Esc',
    'dL dz da dw db dW dx dy max log mean exp sin cos prev NaN Infinity',
    'x1 xn y1 ym x1x2 split train test',
  ]
    .join(' ')
    .split(' '),
);

/** Every word of two or more Latin letters in visible text, option text and accessible names. */
async function englishWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('annotation, script, style')) continue;
      const inOption = parent.closest('option') !== null;
      if (!inOption && !parent.checkVisibility({ visibilityProperty: true })) continue;
      found.push(node.textContent ?? '');
    }
    const attributes = [
      'aria-label',
      'title',
      'aria-description',
      'aria-roledescription',
      'alt',
      'placeholder',
    ];
    for (const element of document.querySelectorAll('*')) {
      for (const name of attributes) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
  const words = texts.flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? []);
  return [...new Set(words.filter((word) => !ALLOWED.has(word)))];
}

async function expectAllChinese(page: Page, where: string, names: readonly string[] = []): Promise<void> {
  const left = (await englishWords(page)).filter((word) => !names.includes(word));
  expect(left, `English left ${where}`).toEqual([]);
}

/**
 * Names a refused scenario file shows as written, since they are what to look for in the file: the
 * path of the field, the bad value and the activations it may name instead.
 */
const FILE_NAMES = ['model', 'layers', 'activation', 'swish'];

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('speaks Chinese through forward, backward, update, details, the shortcut list and an error', async ({
    zhPage: page,
  }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    await expectAllChinese(page, 'on the opened page');

    await page.getByRole('combobox', { name: '步长' }).selectOption({ label: '整趟' });
    await page.getByRole('button', { name: '前向传播', exact: true }).click();
    await expect(page.getByTestId('loss-value')).toContainText(/\d/);
    await expectAllChinese(page, 'after 前向传播');

    await page.getByRole('button', { name: '反向传播', exact: true }).click();
    await expect(page.locator('[data-node="1:0"]')).toHaveAttribute('data-dldz', /.+/);
    await page.locator('[data-node="1:0"]').click();
    const details = page.getByRole('region', { name: '第 1 层第 1 个单元' });
    await expect(details.locator('.katex').first()).toBeVisible();
    await expect(details).toContainText('加权和');
    await expectAllChinese(page, 'with the details of a unit');

    await page.getByRole('button', { name: '更新', exact: true }).click();
    await expect(page.locator('[data-edge="1:0:0"]')).toContainText('→');
    await expectAllChinese(page, 'after 更新');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
    await expect(dialog).toBeVisible();
    await expectAllChinese(page, 'in the shortcut list');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const rate = page.getByRole('textbox', { name: '学习率', exact: true });
    await rate.fill('abc');
    await rate.press('Enter');
    await expect(page.getByRole('alert')).toContainText('学习率：必须是数字');
    await rate.fill('1000');
    await rate.press('Enter');
    await expect(page.getByRole('alert')).toContainText('必须在 0.000001 和 100 之间');
    await expectAllChinese(page, 'with an error');
  });

  test('switches to English and back keeping the lesson and its undo history', async ({ zhPage: page }) => {
    await page.getByRole('button', { name: '单步', exact: true }).click();
    const edge = page.locator('[data-edge="1:0:0"]');
    await expect(edge).toHaveAttribute('data-w', /.+/);
    const trained = await edge.getAttribute('data-w');
    const loss = await page.getByTestId('loss-value').textContent();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Forward', exact: true })).toBeVisible();
    await expect(edge).toHaveAttribute('data-w', trained!);
    await expect(page.getByTestId('loss-value')).toHaveText(loss!);

    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect(edge).not.toHaveAttribute('data-w', trained!);
    await page.getByRole('button', { name: '重做', exact: true }).click();
    await expect(edge).toHaveAttribute('data-w', trained!);
  });

  test('?lang=en wins over the browser, and the saved choice over the browser on reload', async ({
    zhPage: page,
  }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Forward', exact: true })).toBeVisible();

    await page.goto('./');
    await expect(page.getByRole('button', { name: '前向传播', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Forward', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('words the refusal of a bad scenario file and of a bad CSV row in Chinese', async ({
    zhPage: page,
  }) => {
    const scenario = textbookScenario();
    (scenario.model.layers[0] as { activation: string }).activation = 'swish';
    await page.getByLabel('导入场景').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    const alert = page.getByRole('alert');
    // The path in the file and the names it may use stay as written; the sentence is Chinese.
    await expect(alert).toContainText('model.layers[0].activation：未知的激活函数 "swish"（可选：');
    await expectAllChinese(page, 'with a scenario file refused', FILE_NAMES);

    await page.getByLabel('导入数据（CSV）').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x1,x2,y1\n1,0.5,1\n1,,1\n'),
    });
    await expect(alert).toHaveText(/第 3 行 x2 列：是空的：这里需要一个数字/);
    await expectAllChinese(page, 'with a CSV file refused');

    await page.getByLabel('导入场景').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "backprop-lab.scenario",\n  "version": 1,\n}'),
    });
    await expect(alert).toHaveText(/文件：不是有效的 JSON 文件：错误在第 4 行第 1 列/);
    await expectAllChinese(page, 'with a file that is not JSON');
  });

  test('gives the guided tour in Chinese, every step', async ({ zhPage: page }) => {
    await page.getByRole('button', { name: '引导讲解…' }).click();
    const card = page.getByRole('dialog');
    for (const title of ['前向传播', '损失', '反向传播', '更新', '损失下降', '形状']) {
      await expect(card).toHaveAccessibleName(title);
      await expectAllChinese(page, `in the tour's step ${title}`);
      await card.getByRole('button', { name: title === '形状' ? '完成' : '下一步' }).click();
    }
    await expect(card).toBeHidden();
  });
});

test('?lang=zh-CN opens an English browser in Chinese', async ({ appPage: page }) => {
  await page.goto('./?lang=zh-CN');
  await expect(page.getByRole('button', { name: '前向传播', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
