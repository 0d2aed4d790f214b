/**
 * Memory of the browser under test: the proportional set size (PSS: shared pages split between the
 * processes sharing them) of every process this test process started — Chromium's browser, renderer,
 * GPU and utility processes, the page's workers living in its renderer. Linux /proc only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(parent, [...(byParent.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function descendants(root: number): number[] {
  const tree = children();
  const out: number[] = [];
  const stack = [...(tree.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return out;
}

/** PSS of one process in bytes (0 when it ended or cannot be read). */
function pss(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

export const canMeasureMemory = existsSync('/proc/self/smaps_rollup');

/** Samples the summed PSS of this process' descendants every `everyMs` until stopped; returns the peak. */
export function sampleMemory(everyMs = 250): { stop: () => { peakBytes: number; samples: number } } {
  let peakBytes = 0;
  let samples = 0;
  const take = () => {
    const total = descendants(process.pid).reduce((sum, pid) => sum + pss(pid), 0);
    peakBytes = Math.max(peakBytes, total);
    samples++;
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peakBytes, samples };
    },
  };
}

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
