import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tieringFlag } from '../src/tiering.js';

describe('V8 tiering of the CLI process', () => {
  it('sets the budget on the V8 versions known to have the flag (Node 18 to 24)', () => {
    for (const v8 of ['10.2.154.26-node.26', '11.3.244.8-node.38', '12.4.254.21-node.33', '13.6.233.10-node.18'])
      expect(tieringFlag(v8, [])).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(tieringFlag(process.versions.v8, [])).toBeDefined();
  });

  it('leaves an unknown V8 alone: an unknown flag would print an error on stdout, into --json', () => {
    expect(tieringFlag('9.4.146.26-node.22', [])).toBeUndefined();
    expect(tieringFlag('14.1.146.11-node.14', [])).toBeUndefined();
    expect(tieringFlag('', [])).toBeUndefined();
  });

  it('leaves a budget given to node itself in place', () => {
    expect(tieringFlag('11.3.244.8-node.38', ['--interrupt-budget=67584'])).toBeUndefined();
    expect(tieringFlag('11.3.244.8-node.38', ['--max-old-space-size=4096 --interrupt_budget=1000'])).toBeUndefined();
    expect(tieringFlag('11.3.244.8-node.38', ['--max-old-space-size=4096', ''])).toBeDefined();
  });
});
