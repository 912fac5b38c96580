import path from 'node:path';
import { formatSidebarReport, sidebarBench } from '../../src/local/bench/sidebar-bench';
import { DIST, readDist } from '../helpers/built';

jest.setTimeout(120_000);

/**
 * The sidebar section of `npm run bench` on the built files. Its times are reported by the
 * bench, not judged here (this machine is shared); what is judged is what does not depend
 * on load: the page renders the real server state after exactly one server call.
 */
describe('npm run bench: the sidebar section', () => {
  it('renders the real demo state in headless Chromium after exactly one server call', async () => {
    const lines: string[] = [];
    const result = await sidebarBench({ code: readDist('Code.js'), sidebarPath: path.join(DIST, 'Sidebar.html') }, 2, (line) => lines.push(line));
    expect(result.serverCalls).toEqual(['getSidebarState']);
    expect(result.loadsMs).toHaveLength(2);
    expect(result.bestMs).toBeGreaterThan(0);
    expect(result.bestMs).toBeLessThanOrEqual(result.medianMs);
    expect(result.stateBytes).toBeGreaterThan(1000);
    const report = formatSidebarReport(result, 73 * 1024);
    expect(report).toContain('size                          73.0 KB      budget < 150 KB   PASS');
    expect(report).toMatch(/interactive \(best of 2 \) +\d+ ms/);
    expect(report).toContain('server round trips to render  1            budget 1          PASS  (getSidebarState)');
    expect(lines).toEqual(['loading dist/Sidebar.html 2 times in headless Chromium…']);
  });
});
