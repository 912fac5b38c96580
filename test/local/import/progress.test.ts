import { LARGE_FILE_BYTES, Progress, progressMode } from '../../../src/local/import/progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, isTTY, columns: 60, write: (text: string) => written.push(text) };
}

describe('import progress', () => {
  it('draws a bar on a terminal, lines elsewhere for large files only, nothing when quiet', () => {
    expect(progressMode(stream(true), 10, false)).toBe('bar');
    expect(progressMode(stream(false), 10, false)).toBe('off');
    expect(progressMode(stream(false), LARGE_FILE_BYTES, false)).toBe('lines');
    expect(progressMode(stream(true), LARGE_FILE_BYTES, true)).toBe('off');
  });

  it('redraws one line in place on a terminal and clears it at the end', () => {
    const tty = stream(true);
    const progress = new Progress(tty, 'bar', 5);
    progress.begin(1, 'Reading leads.csv');
    progress.begin(3, 'Building the Conversion and Forecast tabs');
    progress.finish();
    expect(tty.written.every((text) => text.startsWith('\r\x1b[K') && !text.includes('\n'))).toBe(true);
    expect(tty.written[0]).toBe('\r\x1b[K[------------------------] 1/5 Reading leads.csv…');
    expect(tty.written[1]).toMatch(/^\r\x1b\[K\[##########-{14}\] 3\/5 Building the Conversion and /);
    expect(tty.written[1].length).toBeLessThanOrEqual('\r\x1b[K'.length + 59);
    expect(tty.written[tty.written.length - 1]).toBe('\r\x1b[K');
  });

  it('writes whole lines, nothing else, when stderr is a file or a pipe', () => {
    const log = stream(false);
    const progress = new Progress(log, 'lines', 5);
    progress.begin(2, 'Setting up 100,000 deals');
    progress.finish();
    expect(log.written).toEqual(['sheets-pipeline: [2/5] Setting up 100,000 deals…\n']);
  });
});
