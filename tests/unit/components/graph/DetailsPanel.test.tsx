// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../../../src/components/graph/DetailsPanel';
import { textbookValues } from '../../viz/fixtures';

const values = textbookValues;

describe('DetailsPanel', () => {
  it('shows the arithmetic of the selected node under a heading that names it', () => {
    render(
      <DetailsPanel
        values={values('forward')}
        selection={{ kind: 'node', layer: 1, index: 0 }}
        onClose={() => {}}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Unit 1 of layer 1' });
    expect(panel).toHaveTextContent('z = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775');
    expect(panel).toHaveTextContent('a = σ(0.3775) = 0.5933');
    expect(panel).toHaveTextContent('Not computed yet');
  });

  it('shows dL/dw and the update of a selected edge', () => {
    render(
      <DetailsPanel
        values={values('update')}
        selection={{ kind: 'edge', layer: 2, to: 0, from: 0 }}
        onClose={() => {}}
      />,
    );
    const panel = screen.getByRole('region', {
      name: 'Weight W2[1][1]: from unit 1 of layer 1 to unit 1 of layer 2',
    });
    expect(panel).toHaveTextContent('dL/dw = dL/dz · a_prev = 0.1385·0.5933 = 0.08217');
    expect(panel).toHaveTextContent('w ← w − η·dL/dw = 0.4 − 0.5·0.08217 = 0.3589');
  });

  it('closes with its close button', async () => {
    const onClose = vi.fn();
    render(
      <DetailsPanel
        values={values('idle')}
        selection={{ kind: 'bias', layer: 1, index: 1 }}
        onClose={onClose}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders nothing without a selection, or for a selection outside the network', () => {
    const { container, rerender } = render(
      <DetailsPanel values={values('idle')} selection={null} onClose={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(
      <DetailsPanel
        values={values('idle')}
        selection={{ kind: 'node', layer: 5, index: 0 }}
        onClose={() => {}}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
