import { describe, expect, it } from 'vitest';

describe('@hezhang/pdf in Node', () => {
  it('leaves the process its native Array.prototype.push and JSON (pdf.js legacy bundles slower polyfills)', async () => {
    await import('../src/node.js');
    for (const fn of [Array.prototype.push, JSON.parse, JSON.stringify]) {
      expect(Function.prototype.toString.call(fn)).toContain('[native code]');
    }
  });
});
