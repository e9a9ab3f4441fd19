// A single self-overwriting status line on stderr, shown only to a person at a terminal.

export interface ProgressOptions {
  /** Defaults to whether the stream is a TTY: logs and pipes stay clean. */
  enabled?: boolean
  /** Redraw at most this often, so a fast loop does not spend its time painting. */
  intervalMs?: number
}

export class ProgressLine {
  readonly enabled: boolean
  private readonly intervalMs: number
  private lastDraw = 0
  private pending: string | undefined
  private shown = false

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    options: ProgressOptions = {},
  ) {
    this.enabled = options.enabled ?? Boolean(stream.isTTY)
    this.intervalMs = options.intervalMs ?? 100
  }

  /** Shows `text` now, or at the next update once the redraw interval has passed. */
  update(text: string): void {
    if (!this.enabled) return
    this.pending = text
    const now = Date.now()
    if (now - this.lastDraw < this.intervalMs) return
    this.lastDraw = now
    this.draw(text)
  }

  /** Erases the line so the report that follows starts on a clean row. */
  clear(): void {
    if (!this.enabled || !this.shown) return
    this.stream.write('\r\x1b[2K')
    this.shown = false
    this.pending = undefined
  }

  private draw(text: string): void {
    const width = Math.max(20, (this.stream.columns || 80) - 1)
    const line = text.length > width ? text.slice(0, width - 1) + '…' : text
    this.stream.write('\r\x1b[2K' + line)
    this.shown = true
    this.pending = undefined
  }
}
