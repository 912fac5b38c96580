/**
 * Progress of a long import on stderr, so that stdout keeps only the summary. On a terminal,
 * one bar redrawn in place (and cleared at the end); elsewhere (a log, a pipe, CI), plain
 * lines, one per step, and only for large files: a redrawn line would be garbage there.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type ProgressMode = 'bar' | 'lines' | 'off';

/** Files from this size get progress lines even when stderr is not a terminal. */
export const LARGE_FILE_BYTES = 1024 * 1024;

export function progressMode(stream: ProgressStream, fileBytes: number, quiet: boolean): ProgressMode {
  if (quiet) return 'off';
  if (stream.isTTY) return 'bar';
  return fileBytes >= LARGE_FILE_BYTES ? 'lines' : 'off';
}

const BAR_WIDTH = 24;
const REDRAW_MS = 500;

export class Progress {
  private step = 0;
  private label = '';
  private started = Date.now();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode,
    private readonly steps: number,
    private readonly prefix = 'sheets-pipeline: ',
  ) {}

  /** Step `step` (1-based) of `steps` begins. */
  begin(step: number, label: string): void {
    this.step = step;
    this.label = label;
    if (this.mode === 'lines') this.stream.write(`${this.prefix}[${step}/${this.steps}] ${label}…\n`);
    if (this.mode !== 'bar') return;
    this.started = Date.now();
    this.draw();
    if (!this.timer) {
      // Redraws the elapsed time while asynchronous work (writing the file) lets the timer run.
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  /** Clears the bar; the terminal is left as it was before the import. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.mode === 'bar') this.stream.write('\r\x1b[K');
  }

  private draw(): void {
    const filled = Math.round(((this.step - 1) / this.steps) * BAR_WIDTH);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
    const seconds = Math.floor((Date.now() - this.started) / 1000);
    let line = `[${bar}] ${this.step}/${this.steps} ${this.label}…${seconds > 0 ? ` ${seconds} s` : ''}`;
    const columns = this.stream.columns || 80;
    if (line.length > columns - 1) line = line.slice(0, Math.max(0, columns - 1));
    this.stream.write(`\r\x1b[K${line}`);
  }
}
