/**
 * axe-core over the page as it stands: WCAG 2.0/2.1 A and AA plus best practice. Returns the
 * serious and critical violations (what the tests forbid) and prints a one-line summary of every
 * violation found, whatever its impact, so a run shows the figures.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface AxeFinding {
  rule: string;
  impact: string;
  nodes: number;
  targets: string[];
}

export async function axeFindings(page: Page, state: string): Promise<AxeFinding[]> {
  // label-content-name-mismatch (WCAG 2.5.3) is marked experimental in axe-core, so off unless asked.
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  const findings: AxeFinding[] = [];
  for (const violation of results.violations) {
    const nodes = violation.nodes;
    if (nodes.length === 0) continue;
    findings.push({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      nodes: nodes.length,
      targets: nodes.slice(0, 3).map((node) => String(node.target.join(' '))),
    });
  }
  const summary = findings.map((f) => `${f.rule} (${f.impact}) ×${f.nodes}: ${f.targets.join(', ')}`);
  console.log(
    `axe [${state}]: ${findings.length} violation(s)${summary.length ? '\n  ' + summary.join('\n  ') : ''}`,
  );
  return findings;
}
