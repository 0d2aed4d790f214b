/**
 * Runs at most `limit` jobs at once, in arrival order; a job asked for again while it is waiting or
 * running is not run twice (a page often links the same PDF from several places).
 */
export class JobQueue<T> {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inFlight = new Map<string, Promise<T>>();

  constructor(private readonly limit: number) {}

  get active(): number {
    return this.running;
  }

  run(key: string, job: () => Promise<T>): Promise<T> {
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const promise = this.slot()
      .then(job)
      .finally(() => {
        this.inFlight.delete(key);
        this.running--;
        this.waiting.shift()?.();
      });
    this.inFlight.set(key, promise);
    return promise;
  }

  private slot(): Promise<void> {
    if (this.running < this.limit) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++;
        resolve();
      }),
    );
  }
}
