/**
 * Predict first in the real app: every sub-step that computes values asks for one of them and keeps
 * the whole step off the graph (text and data-* attributes) until the prediction is judged; the
 * verdict and the score agree with the engine's traceSample; Undo asks again; the keyboard alone
 * is enough.
 */
import type { Page } from '@playwright/test';
import { test, expect, choosePreset, predictionBox, turnOnPredictFirst } from './fixtures';
import { expectGraph, readGraph } from './helpers/graphDom';
import { expectedGraph, expectedLoss, IDLE, iterationStages } from './helpers/expectedGraph';
import { PRESET_LABELS, RELU_BCE, TEXTBOOK } from './helpers/lessons';
import { fourSignificant } from './helpers/numbers';
import { quizTruth, wrongGuess } from './helpers/quiz';

const TARGET = /^(z|a|dldz|dlda|dldw|dldb):\d+:\d+(:\d+)?$/;

function button(page: Page, name: 'Forward' | 'Backward' | 'Update' | 'Undo' | 'Redo') {
  return page.getByRole('button', { name, exact: true });
}

async function askedTarget(page: Page): Promise<string> {
  const target = await predictionBox(page).getAttribute('data-quiz-target');
  expect(target).toMatch(TARGET);
  return target!;
}

test('each sub-step hides its values until judged, and right and wrong are judged against the engine', async ({
  appPage: page,
}) => {
  const { model, sample, learningRate } = TEXTBOOK;
  const L = model.layers.length;
  const loss = page.getByTestId('loss-value');
  await choosePreset(page, PRESET_LABELS.textbook);
  await turnOnPredictFirst(page);
  await expect(page.getByTestId('quiz-score')).toHaveText('0 of 0 right');
  let judged = 0;
  let right = 0;
  for (const [n, stage] of iterationStages(L, 'layer').entries()) {
    const name = `click ${n + 1} (${stage.button}, ${JSON.stringify(stage.progress)})`;
    const before = await readGraph(page);
    const lossBefore = await loss.textContent();
    await button(page, stage.button).click();
    // The loss (its own sub-step, stage L) and Update compute nothing the quiz asks about.
    const asks = stage.button !== 'Update' && n !== L;
    if (!asks) {
      await expect(predictionBox(page), name).toHaveCount(0);
      continue;
    }
    await expect(predictionBox(page), name).toBeFocused();
    const target = await askedTarget(page);
    // Nothing of the step is on the graph or in the loss readout yet.
    expect(await readGraph(page), name).toEqual(before);
    await expect(loss, name).toHaveText(lossBefore!);

    const truth = quizTruth(model, sample, target);
    const answerRight = n % 2 === 0;
    await predictionBox(page).fill(answerRight ? fourSignificant(truth) : String(wrongGuess(truth)));
    await predictionBox(page).press('Enter');
    judged += 1;
    right += answerRight ? 1 : 0;
    const verdict = page.locator(`[data-quiz-result="${answerRight ? 'correct' : 'wrong'}"]`);
    await expect(verdict, name).toBeVisible();
    await expect(verdict, name).toContainText(fourSignificant(truth));
    await expect(page.getByTestId('quiz-score'), name).toHaveText(`${right} of ${judged} right`);
    await expectGraph(page, expectedGraph(model, sample, stage.progress, learningRate), name);
  }
  expect(judged).toBe(4);
});

test('a whole pass hides every layer and the loss; Skip asks another value, Reveal all shows them', async ({
  appPage: page,
}) => {
  const { model, sample, learningRate } = RELU_BCE;
  const L = model.layers.length;
  await page.getByRole('combobox', { name: 'Step size' }).selectOption({ label: 'Whole pass' });
  await turnOnPredictFirst(page);
  const before = await readGraph(page);
  await button(page, 'Forward').click();
  await askedTarget(page);
  expect(await readGraph(page)).toEqual(before);
  await expect(page.getByTestId('loss-value')).toHaveText('not computed yet');
  await page.getByRole('button', { name: 'Reveal all' }).click();
  await expect(predictionBox(page)).toHaveCount(0);
  await expectGraph(
    page,
    expectedGraph(model, sample, { forward: L, backward: 0, updated: false }, learningRate),
    'revealed',
  );
  await expect(page.getByTestId('loss-value')).toHaveText(fourSignificant(expectedLoss(model, sample)));

  const forwarded = await readGraph(page);
  await button(page, 'Backward').click();
  const first = await askedTarget(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  const second = await askedTarget(page);
  expect(second).not.toBe(first);
  await expect(predictionBox(page)).toBeFocused();
  expect(await readGraph(page)).toEqual(forwarded);
  await predictionBox(page).fill(String(quizTruth(model, sample, second)));
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('[data-quiz-result="correct"]')).toBeVisible();
  await expect(page.getByTestId('quiz-score')).toHaveText('1 of 1 right');
  await expectGraph(
    page,
    expectedGraph(model, sample, { forward: L, backward: L, updated: false }, learningRate),
    'judged',
  );
});

test('Undo after a verdict asks the same question again with the score as it was; Undo again takes back the step', async ({
  appPage: page,
}) => {
  const { model, sample, learningRate } = TEXTBOOK;
  await choosePreset(page, PRESET_LABELS.textbook);
  await turnOnPredictFirst(page);
  const idle = await readGraph(page);
  await button(page, 'Forward').click();
  const target = await askedTarget(page);
  await predictionBox(page).fill(String(quizTruth(model, sample, target)));
  await predictionBox(page).press('Enter');
  await expect(page.getByTestId('quiz-score')).toHaveText('1 of 1 right');
  await expectGraph(
    page,
    expectedGraph(model, sample, { forward: 1, backward: 0, updated: false }, learningRate),
    'judged',
  );

  await button(page, 'Undo').click();
  await expect(predictionBox(page)).toHaveAttribute('data-quiz-target', target);
  await expect(page.getByTestId('quiz-score')).toHaveText('0 of 0 right');
  expect(await readGraph(page)).toEqual(idle);

  await button(page, 'Undo').click();
  await expect(predictionBox(page)).toHaveCount(0);
  await expectGraph(page, expectedGraph(model, sample, IDLE, learningRate), 'step undone');
  await button(page, 'Redo').click();
  await expect(predictionBox(page)).toHaveAttribute('data-quiz-target', target);
  expect(await readGraph(page)).toEqual(idle);
});

test('works with the keyboard alone: PageDown asks, Enter judges, PageUp asks again', async ({
  appPage: page,
}) => {
  const { model, sample } = RELU_BCE;
  const checkbox = page.getByRole('checkbox', { name: /^Predict first/ });
  await checkbox.focus();
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await page.keyboard.press('PageDown');
  const box = predictionBox(page);
  await expect(box).toBeFocused();
  const first = await askedTarget(page);
  await page.keyboard.type(fourSignificant(quizTruth(model, sample, first)));
  await page.keyboard.press('Enter');
  const verdict = page.locator('[data-quiz-result="correct"]');
  await expect(verdict).toBeFocused();

  await page.keyboard.press('PageDown');
  await expect(box).toBeFocused();
  const second = await askedTarget(page);
  expect(second).not.toBe(first);
  await page.keyboard.type(String(wrongGuess(quizTruth(model, sample, second))));
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-quiz-result="wrong"]')).toBeFocused();
  await expect(page.getByTestId('quiz-score')).toHaveText('1 of 2 right');

  await page.keyboard.press('PageUp');
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('data-quiz-target', second);
  await expect(page.getByTestId('quiz-score')).toHaveText('1 of 1 right');
});
