import { describe, expect, it } from 'vitest';
import { PdfWorkerPool, WorkerEnded } from '../../src/pdf/worker-pool';

class FakePort {
  static made = 0;
  readonly id = ++FakePort.made;
  terminated = false;
  terminate() {
    this.terminated = true;
  }
}

const pool = (size = 1) => new PdfWorkerPool<FakePort>(() => new FakePort(), size);

describe('PdfWorkerPool', () => {
  it('gives the reads at once one shared worker, started by warm() and kept after they end', () => {
    const p = pool();
    p.warm();
    p.warm();
    expect(p.workers).toBe(1);
    const a = p.lease();
    const b = p.lease();
    expect(b.port).toBe(a.port);
    expect(a.hadCompany).toBe(true);
    expect(b.hadCompany).toBe(true);
    a.release(false);
    b.release(false);
    expect(a.port.terminated).toBe(false);
    const c = p.lease();
    expect(c.port).toBe(a.port);
    expect(c.hadCompany).toBe(false);
    c.release(false);
    expect(p.workers).toBe(1);
  });

  it('spreads reads over `size` workers, the least busy first', () => {
    const p = pool(2);
    const a = p.lease();
    const b = p.lease();
    const c = p.lease();
    expect(b.port).not.toBe(a.port);
    expect([a.port, b.port]).toContain(c.port);
    expect(p.workers).toBe(2);
  });

  it('after a failure that is not stuck, keeps the worker and the reads on it', () => {
    const p = pool();
    const a = p.lease();
    const b = p.lease();
    a.release(false); // a damaged file, a bound broken, an abort: pdf.js' worker answered
    expect(b.signal.aborted).toBe(false);
    expect(b.ended).toBe(false);
    expect(p.lease().port).toBe(b.port);
  });

  it('ends a worker a read got stuck on: the other reads aborted at once, the worker terminated once they let go', () => {
    const p = pool();
    const a = p.lease();
    const b = p.lease();
    const c = p.lease();
    a.release(true);
    for (const other of [b, c]) {
      expect(other.ended).toBe(true);
      expect(other.signal.aborted).toBe(true);
      expect(other.signal.reason).toBeInstanceOf(WorkerEnded);
    }
    expect(a.ended).toBe(false); // the stuck one's own outcome is its own
    // Not terminated under reads still winding down; no new read on it meanwhile.
    expect(a.port.terminated).toBe(false);
    const d = p.lease();
    expect(d.port).not.toBe(a.port);
    expect(d.hadCompany).toBe(false);
    b.release(false);
    expect(a.port.terminated).toBe(false);
    c.release(false);
    expect(a.port.terminated).toBe(true);
    expect(p.workers).toBe(1);
    // The next read works on the new worker.
    expect(d.signal.aborted).toBe(false);
    d.release(false);
    expect(p.lease().port).toBe(d.port);
  });

  it('a stuck read alone on the shared worker ends it; the next read gets a new one', () => {
    const p = pool();
    const a = p.lease();
    a.release(true);
    expect(a.port.terminated).toBe(true);
    expect(p.workers).toBe(0);
    const b = p.lease();
    expect(b.port).not.toBe(a.port);
  });

  it('gives `alone` a worker of its own, out of the shared ones, ended after the read', () => {
    const p = pool();
    const shared = p.lease();
    const alone = p.lease({ alone: true });
    expect(alone.port).not.toBe(shared.port);
    expect(alone.hadCompany).toBe(false);
    expect(p.lease().port).toBe(shared.port);
    alone.release(false);
    expect(alone.port.terminated).toBe(true);
    expect(shared.port.terminated).toBe(false);
  });

  it('a release twice changes nothing', () => {
    const p = pool();
    const a = p.lease();
    const b = p.lease();
    a.release(false);
    a.release(true);
    expect(b.signal.aborted).toBe(false);
    expect(b.port.terminated).toBe(false);
  });
});
