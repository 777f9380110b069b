import type { Clock } from './clock.js';

/**
 * One request at a time per host, at least `delayMs` apart (raised per host by robots.txt Crawl-delay).
 * Slots are handed out in call order, so concurrent workers on one host queue instead of bursting.
 */
export class HostRateLimiter {
  private readonly nextFree = new Map<string, number>();
  private readonly hostDelay = new Map<string, number>();

  constructor(
    private readonly delayMs: number,
    private readonly clock: Clock,
  ) {}

  /** A host's own minimum delay (e.g. its Crawl-delay); never below the global one. */
  setHostDelay(host: string, ms: number): void {
    this.hostDelay.set(host, Math.max(this.delayMs, ms));
  }

  /** Wait for this host's next slot. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const at = Math.max(now, this.nextFree.get(host) ?? 0);
    this.nextFree.set(host, at + (this.hostDelay.get(host) ?? this.delayMs));
    if (at > now) await this.clock.sleep(at - now, signal);
  }
}
