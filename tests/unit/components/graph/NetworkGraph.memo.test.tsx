// @vitest-environment jsdom
/**
 * A step must re-render only what changed (the speed bar: a click paints within a frame on the
 * largest network), and the layout must not be recomputed when only values change.
 */
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FunctionComponent } from 'react';
import { NetworkGraph } from '../../../../src/components/graph/NetworkGraph';
import type * as NodeViewModule from '../../../../src/components/graph/NodeView';
import type { NodeViewProps } from '../../../../src/components/graph/NodeView';
import type * as LayoutModule from '../../../../src/viz/layout';
import { textbookValues } from '../../viz/fixtures';

const counts = vi.hoisted(() => ({ layouts: 0, nodeRenders: [] as string[] }));

vi.mock('../../../../src/viz/layout', async (importOriginal) => {
  const actual = await importOriginal<typeof LayoutModule>();
  return {
    ...actual,
    layoutNetwork: (...args: Parameters<typeof actual.layoutNetwork>) => {
      counts.layouts += 1;
      return actual.layoutNetwork(...args);
    },
  };
});

vi.mock('../../../../src/components/graph/NodeView', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeViewModule>();
  const { memo } = await import('react');
  const inner = (actual.NodeView as unknown as { type: FunctionComponent<NodeViewProps> }).type;
  const Counted = memo((props: NodeViewProps) => {
    counts.nodeRenders.push(props.node.id);
    return inner(props);
  });
  return { ...actual, NodeView: Counted };
});

const values = textbookValues;

describe('NetworkGraph re-rendering', () => {
  it('lays out once per shape and re-renders only the nodes whose values changed', () => {
    const onSelect = () => {};
    const { rerender } = render(
      <NetworkGraph values={values('idle')} selection={null} onSelect={onSelect} />,
    );
    expect(counts.layouts).toBe(1);
    counts.nodeRenders.length = 0;
    rerender(<NetworkGraph values={values('forward1')} selection={null} onSelect={onSelect} />);
    expect(counts.layouts).toBe(1);
    expect(counts.nodeRenders.sort()).toEqual(['1:0', '1:1']);
  });

  it('does not re-render nodes when the parent passes a new onSelect closure', () => {
    const v = values('forward');
    const { rerender } = render(<NetworkGraph values={v} selection={null} onSelect={() => {}} />);
    counts.nodeRenders.length = 0;
    rerender(<NetworkGraph values={v} selection={null} onSelect={() => {}} />);
    expect(counts.nodeRenders).toEqual([]);
  });
});
