// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../../src/components/StoreContext';
import { LessonSyncContext } from '../../../src/components/persist/LessonSyncContext';
import { ShareControls } from '../../../src/components/persist/ShareControls';
import { createAppStore, decodeLink, type LessonSync } from '../../../src/store';

function renderShare(sync: LessonSync | null = null) {
  const store = createAppStore({ preset: 'textbook' });
  render(
    <StoreProvider store={store}>
      <LessonSyncContext.Provider value={sync}>
        <ShareControls />
      </LessonSyncContext.Provider>
    </StoreProvider>,
  );
  return store;
}

describe('ShareControls', () => {
  it('Copy link puts a link to this lesson on the clipboard and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const store = renderShare();
    store.getState().setLearningRate(0.25);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
    const link = String((writeText.mock.calls[0] as unknown[])[0]);
    const opened = await decodeLink(link.slice(link.indexOf('#')));
    expect(opened.ok && opened.lesson.snapshot.optimizer.learningRate).toBe(0.25);
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderShare();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this lesson' });
    expect((field as HTMLInputElement).value).toContain('#lesson=');
    expect(field).toHaveFocus();
  });

  it('New lesson asks the sync to start clean', async () => {
    const user = userEvent.setup();
    const newLesson = vi.fn();
    renderShare({ newLesson, flush: vi.fn(), settled: vi.fn(), stop: vi.fn() });
    await user.click(screen.getByRole('button', { name: 'New lesson' }));
    expect(newLesson).toHaveBeenCalledOnce();
  });

  it('New lesson without a sync opens the default lesson', async () => {
    const user = userEvent.setup();
    const store = renderShare();
    await user.click(screen.getByRole('button', { name: 'New lesson' }));
    expect(store.getState().presetId).toBe('relu-bce');
  });
});
