// @vitest-environment happy-dom
import { markFinding } from '@hezhang/core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewControls } from '../src/components/ReviewControls.js';

const root = () => document.body;
const textarea = () => root().querySelector<HTMLTextAreaElement>('[data-review-note]');
afterEach(() => render(null, root()));

describe('the review note', () => {
  // Asserted right after the synchronous render, before effects run: what the first frame paints.
  it('shows a note changed elsewhere (an import) in the same render that shows the new status', () => {
    const noop = () => {};
    render(<ReviewControls mark={markFinding('k', 'open')} onMark={noop} />, root());
    expect(textarea()?.value).toBe('');
    render(<ReviewControls mark={markFinding('k', 'dismissed', '核对过')} onMark={noop} />, root());
    expect(root().querySelector('.review')?.className).toContain('review-dismissed');
    expect(textarea()?.value).toBe('核对过');
  });

  it('keeps what the reader types, and drops it when the mark’s note changes elsewhere', () => {
    const marked: [string, string][] = [];
    const onMark = (status: string, note: string) => void marked.push([status, note]);
    act(() => render(<ReviewControls mark={markFinding('k', 'open')} onMark={onMark} />, root()));
    const area = textarea();
    if (!area) throw new Error('no note');
    act(() => {
      area.value = '待核';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    root().querySelector<HTMLButtonElement>('[data-review-action="confirm"]')?.click();
    expect(marked).toEqual([['confirmed', '待核']]);
    render(<ReviewControls mark={markFinding('k', 'open')} onMark={onMark} />, root());
    expect(textarea()?.value).toBe('待核');
    render(<ReviewControls mark={markFinding('k', 'open', '另一处')} onMark={onMark} />, root());
    expect(textarea()?.value).toBe('另一处');
  });
});
