// @vitest-environment jsdom
/**
 * The formula of the next sub-step: every sub-step's formula is kept, and exactly one, the next
 * sub-step's, is the current one (the only one the stylesheet shows; tests/e2e/typeset.spec.ts
 * checks what is visible in Chromium).
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../src/store';
import { StoreProvider } from '../../../../src/components/StoreContext';
import { StepControls } from '../../../../src/components/controls/StepControls';
import { messages } from '../../../../src/i18n';

const formulas = messages.common.steps.formulas;

function current(): { step: string | null; kinds: (string | null)[] } {
  const formula = screen.getByTestId('step-formula');
  return {
    step: formula.getAttribute('data-step'),
    kinds: [...formula.querySelectorAll('.is-current')].map((slot) => slot.getAttribute('data-kind')),
  };
}

describe('StepFormula', () => {
  it('keeps every sub-step formula and makes the next sub-step’s the only current one', async () => {
    const store = createAppStore({ preset: 'relu-bce', ui: { granularity: 'pass' } });
    render(
      <StoreProvider store={store}>
        <StepControls />
      </StoreProvider>,
    );
    const slots = screen.getByTestId('step-formula').querySelectorAll('[data-kind]');
    expect([...slots].map((slot) => slot.textContent)).toEqual(Object.values(formulas));
    expect(current()).toEqual({ step: 'forward', kinds: ['forward'] });
    const seen: string[] = [];
    for (const name of ['Forward', 'Backward', 'Update']) {
      await userEvent.click(screen.getByRole('button', { name }));
      const { step, kinds } = current();
      expect(kinds).toEqual([step]);
      seen.push(step!);
    }
    expect(seen).toEqual(['backward', 'update', 'forward']);
  });
});
