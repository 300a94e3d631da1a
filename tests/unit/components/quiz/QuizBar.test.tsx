// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { traceSample } from '../../../../src/engine';
import { ExercisePanel } from '../../../../src/components/quiz/ExercisePanel';
import { QuizBar } from '../../../../src/components/quiz/QuizBar';
import { StepControls } from '../../../../src/components/controls/StepControls';
import { GraphArea } from '../../../../src/components/GraphArea';
import { StoreProvider } from '../../../../src/components/StoreContext';
import { createAppStore } from '../../../../src/store';

function renderQuiz() {
  const store = createAppStore({ preset: 'textbook' });
  const { session, data } = store.getState();
  const expected = traceSample(session.model, data[0]!);
  render(
    <StoreProvider store={store}>
      <ExercisePanel />
      <StepControls />
      <QuizBar />
      <GraphArea />
    </StoreProvider>,
  );
  return { store, expected, user: userEvent.setup() };
}

const box = () => screen.getByRole('textbox', { name: /^Your prediction/ });

describe('QuizBar', () => {
  it('is absent until Predict first is ticked, then keeps a score', async () => {
    const { user } = renderQuiz();
    expect(screen.queryByTestId('quiz-score')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^Predict first/ }));
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('0 of 0 right');
    expect(screen.getByText(/Take a step/)).toBeInTheDocument();
  });

  it('asks in a focused box, hides the step on the graph, and judges on Enter', async () => {
    const { user, expected, store } = renderQuiz();
    await user.click(screen.getByRole('checkbox', { name: /^Predict first/ }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    expect(box()).toHaveFocus();
    expect(box()).toHaveAttribute('data-quiz-target', 'z:1:0');
    expect(box()).toHaveAccessibleName('Your prediction of z of unit 1 of layer 1');
    const node = document.querySelector('[data-node="1:0"]')!;
    expect(node).not.toHaveAttribute('data-z');
    expect(node).not.toHaveAttribute('data-a');

    await user.type(box(), `${expected.layers[0]!.z[0]!.toPrecision(4)}{Enter}`);
    const verdict = document.querySelector('[data-quiz-result]')!;
    expect(verdict).toHaveAttribute('data-quiz-result', 'correct');
    expect(verdict).toHaveFocus();
    expect(verdict).toHaveTextContent(/z = 0\.15·0\.05 \+ 0\.2·0\.1 \+ 0\.35 = 0\.3775/);
    expect(node).toHaveAttribute('data-z', String(expected.layers[0]!.z[0]));
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('1 of 1 right');
    expect(store.getState().quiz.judged).toBe(1);
  });

  it('says wrong with the true value', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('checkbox', { name: /^Predict first/ }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await user.type(box(), '1{Enter}');
    const verdict = document.querySelector('[data-quiz-result="wrong"]')!;
    expect(verdict).toHaveTextContent('Wrong: you said 1; z of unit 1 of layer 1 = 0.3775');
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('0 of 1 right');
  });

  it('Skip asks another value in a fresh focused box; Reveal all shows the step', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('checkbox', { name: /^Predict first/ }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await user.type(box(), '0.3');
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(box()).toHaveAttribute('data-quiz-target', 'a:1:0');
    expect(box()).toHaveValue('');
    expect(box()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Reveal all' }));
    expect(screen.queryByRole('textbox', { name: /^Your prediction/ })).not.toBeInTheDocument();
    expect(document.querySelector('[data-node="1:1"]')).toHaveAttribute('data-a');
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('0 of 0 right');
  });

  it('clicking a node the step computed asks about it instead', async () => {
    const { user } = renderQuiz();
    await user.click(screen.getByRole('checkbox', { name: /^Predict first/ }));
    await user.click(screen.getByRole('button', { name: 'Forward' }));
    await user.click(document.querySelector('[data-node="1:1"]')!);
    expect(box()).toHaveAttribute('data-quiz-target', 'z:1:1');
  });
});
