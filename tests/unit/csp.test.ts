// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyOf } from '../../build/csp';

describe('the Content-Security-Policy', () => {
  it('in index.html is the one the build plugins adapt', () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(policyOf(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no eval, no inline script and no connection out', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });
});
