import type { SidebarState } from '../../src/core/sidebar/sidebar-api';
import { useChromium } from '../helpers/chromium';
import { DEALS, detail, fixtureSettings, fixtureState } from './fixtures';
import { commands, openSidebar } from './sidebar-page';

jest.setTimeout(60_000);

const browser = useChromium();

describe('sidebar: add a deal', () => {
  it('marks the chosen stage’s required fields, checks formats, and sends one addDeal', async () => {
    const sidebar = await openSidebar(browser(), (name) => (name === 'addDeal' ? { ok: true, state: fixtureState('en'), dealId: 'D-000061' } : fixtureState('en')));
    const { page } = sidebar;
    await page.getByText('Add a deal').click();
    const form = page.locator('form.add-deal-form');
    // The panel draws its form on its toggle event, a task after the click.
    await form.waitFor();
    const names = () => form.locator('input, select, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name));
    await expect(names()).resolves.toEqual(['Deal', 'Company', 'Contact', 'Email', 'Owner', 'Stage', 'Amount', 'Expected close', 'Next step', 'Next step due', 'Notes']);
    const required = () => form.locator('[required]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name));
    await expect(required()).resolves.toEqual(['Deal', 'Stage']);
    await form.getByLabel('Stage').selectOption('proposal');
    await expect(required()).resolves.toEqual(['Deal', 'Stage', 'Amount', 'Expected close']);
    // Closed lost asks its reason, right after Stage.
    await form.getByLabel('Stage').selectOption('closed-lost');
    await expect(names()).resolves.toContain('Lost reason');
    await form.getByLabel('Stage').selectOption('proposal');

    await form.getByLabel('Amount').fill('twelve');
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByRole('button', { name: 'Add deal' }).click();
    await expect(form.locator('.field-error').allTextContents()).resolves.toEqual([
      'Deal is required.',
      'Email must be an e-mail address such as name@example.com.',
      'Amount must be a number, such as 12000 or 12 000,50.',
      'Expected close is required to enter Proposal.',
    ]);
    await expect(form.locator('#add-deal-deal').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(commands(sidebar.calls)).toEqual([]);

    await form.locator('#add-deal-deal').fill('=HYPERLINK("x") Wayne Enterprises');
    await form.getByLabel('Company').fill('Wayne Enterprises');
    await form.getByLabel('Email').fill('lucius@wayne.example');
    await form.getByLabel('Amount').fill('12 500,50');
    await form.getByLabel('Expected close').fill('2025-09-30');
    await form.getByLabel('Expected close').press('Enter');
    await page.getByText('added as D-000061').waitFor();
    expect(commands(sidebar.calls)).toEqual([
      {
        name: 'addDeal',
        args: [{ Deal: '=HYPERLINK("x") Wayne Enterprises', Company: 'Wayne Enterprises', Email: 'lucius@wayne.example', Amount: 12500.5, 'Expected close': '2025-09-30', Stage: 'Proposal' }],
      },
    ]);
    // Cleared and ready for the next deal.
    await page.locator('#add-deal-deal:focus').waitFor();
    await expect(form.locator('#add-deal-deal').inputValue()).resolves.toBe('');
    await sidebar.close();
  });
});

describe('sidebar: next step', () => {
  it('saves text and due date with one setNextStep; Enter submits', async () => {
    const settings = fixtureSettings();
    const after: SidebarState = { ...fixtureState('en'), selected: detail({ ...DEALS[0], nextStep: 'Demo with the CTO', nextStepDue: '2025-06-18' }, settings, 'en') };
    const sidebar = await openSidebar(browser(), (name) => (name === 'setNextStep' ? { ok: true, state: after } : fixtureState('en')));
    const { page } = sidebar;
    const form = page.locator('form.next-step-form');
    await expect(form.getByLabel('Next step', { exact: true }).inputValue()).resolves.toBe('Send the pricing grid');
    await form.getByLabel('Next step', { exact: true }).fill('Demo with the CTO');
    await form.getByLabel('Next step due').fill('2025-06-18');
    await form.getByLabel('Next step', { exact: true }).press('Enter');
    await page.getByText('Next step saved for Acme renewal 2025.').waitFor();
    expect(commands(sidebar.calls)).toEqual([{ name: 'setNextStep', args: ['D-000012', 'Demo with the CTO', '2025-06-18'] }]);
    await page.locator('#next-step-submit:focus').waitFor();
    await sidebar.close();
  });
});

describe('sidebar: stale deals and next steps due', () => {
  it('clicking a stale deal calls activateDeal, and the answer’s state shows it selected', async () => {
    const settings = fixtureSettings();
    const selected: SidebarState = { ...fixtureState('en'), selected: detail(DEALS[1], settings, 'en') };
    const sidebar = await openSidebar(browser(), (name) => (name === 'activateDeal' ? { ok: true, state: selected } : fixtureState('en')));
    const { page } = sidebar;
    await page.locator('[data-list="stale"] button', { hasText: 'Globex data platform' }).click();
    await page.locator('#deal-title:focus', { hasText: 'Globex data platform' }).waitFor();
    expect(commands(sidebar.calls)).toEqual([{ name: 'activateDeal', args: ['D-000007'] }]);
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Globex data platform selected.');
    await sidebar.close();
  });

  it('the items are keyboard operable: focus one and press Enter or Space', async () => {
    const sidebar = await openSidebar(browser(), (name) => (name === 'activateDeal' ? { ok: true, state: fixtureState('en') } : fixtureState('en')));
    const { page } = sidebar;
    await page.locator('[data-list="due"] button[data-deal="D-000040"]').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Acme renewal 2025 selected.').or(page.getByText('Umbrella onboarding selected.')).waitFor();
    await page.locator('[data-list="stale"] button[data-deal="D-000031"]').focus();
    await page.keyboard.press('Space');
    await page.getByText('Initech pilot selected.').waitFor();
    expect(commands(sidebar.calls)).toEqual([
      { name: 'activateDeal', args: ['D-000040'] },
      { name: 'activateDeal', args: ['D-000031'] },
    ]);
    await sidebar.close();
  });
});

describe('sidebar: refresh reports', () => {
  it('shows progress while the reports are rebuilt, then what was refreshed', async () => {
    let release: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sidebar = await openSidebar(browser(), async (name) => {
      if (name !== 'refreshReports') return fixtureState('en');
      await done;
      // What the server's refreshReports answers (src/sheet/reports/refresh-reports.ts).
      return { tabs: [{ name: 'Conversion' }, { name: 'Forecast' }], deals: 60, refreshedAt: '2025-06-12T10:32:00.000Z' };
    });
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Refresh reports' }).click();
    await expect(page.locator('#refresh-reports').textContent()).resolves.toBe('Refreshing reports…');
    await expect(page.locator('#refresh-reports').getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.locator('#refresh-status progress').count()).resolves.toBe(1);
    await page.locator('#refresh-reports').dispatchEvent('click');
    release();
    await page.locator('#refresh-status', { hasText: 'Refreshed Conversion, Forecast from 60 deals' }).waitFor();
    expect(commands(sidebar.calls).map((c) => c.name)).toEqual(['refreshReports']);
    await sidebar.close();
  });
});
