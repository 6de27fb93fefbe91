/**
 * A debounced action: each `schedule` replaces the pending call, so only the
 * last one within the delay runs. The preview and the obligations view use it
 * to wait until the reader pauses typing or scrolling.
 */

/** Runs the last scheduled function once `delayMs` has passed without another `schedule`. */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly delayMs: number) {}

  /** Runs `fn` after the delay, instead of whatever was scheduled before. */
  schedule(fn: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      fn();
    }, this.delayMs);
  }

  /** Drops the pending call, if any. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
