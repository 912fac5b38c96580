import type { CommandResult, SidebarState } from '../../src/core/sidebar/sidebar-api';
import { useChromium } from '../helpers/chromium';
import { DEALS, detail, fixtureSettings, fixtureState } from './fixtures';
import { commands, openSidebar } from './sidebar-page';

jest.setTimeout(60_000);

const browser = useChromium();

describe('sidebar: the selected deal', () => {
  it('renders from exactly one server call', async () => {
    const state = fixtureState('en');
    const sidebar = await openSidebar(browser(), () => state);
    const { page } = sidebar;
    expect(sidebar.calls.map((c) => c.name)).toEqual(['getSidebarState']);
    await expect(page.locator('#deal-title').textContent()).resolves.toBe('Acme renewal 2025');
    await expect(page.getByTestId('in-stage').textContent()).resolves.toBe('In First contact for 6 days');
    const facts = await page.locator('.facts div').allTextContents();
    expect(facts).toEqual(['CompanyAcme Corp', 'OwnerClaire Martin', 'Amount€12,000', 'Expected close—']);
    // Path: status both as a class (visual) and as text (screen readers), current marked aria-current.
    const steps = page.locator('ol.path li');
    await expect(steps.evaluateAll((items) => items.map((li) => [li.getAttribute('data-status'), li.textContent]))).resolves.toEqual([
      ['passed', '✓Prospecting (passed)'],
      ['skipped', '↷Qualification (skipped, counts as passed)'],
      ['current', '●First contact (current stage)'],
      ['future', '○Proposal (not reached yet)'],
      ['future', '○Negotiation (not reached yet)'],
      ['future', '○Closed won (not reached yet)'],
      ['future', '○Onboarding (not reached yet)'],
    ]);
    await expect(page.locator('ol.path li[aria-current="step"]').textContent()).resolves.toContain('First contact');
    await expect(page.getByTestId('next-needs').textContent()).resolves.toBe('To enter Proposal: Expected close.');
    await page.getByText('History (2)').click();
    // The timeline is drawn on the disclosure's toggle event, a task after the click.
    await page.locator('.timeline li').first().waitFor();
    await expect(page.locator('.timeline li').allTextContents()).resolves.toEqual([
      expect.stringContaining('Prospecting → First contact'),
      expect.stringContaining('Entered Prospecting'),
    ]);
    await expect(page.locator('.timeline li').first().textContent()).resolves.toContain('claire.martin@example.com, cell edit');
    // Lists from the same state, and the status region is in place for announcements.
    await expect(page.locator('[data-list="stale"] .item-name').allTextContents()).resolves.toEqual(['Globex data platform', 'Initech pilot']);
    await expect(page.locator('[data-list="due"] .item-meta').allTextContents()).resolves.toEqual([
      'Initech · Call back the CFO · Overdue since 9 Jun 2025',
      'Umbrella SA · Legal review of the MSA · Due today',
    ]);
    await expect(page.locator('[role="status"][aria-live="polite"]').count()).resolves.toBeGreaterThan(0);
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('says a row without a Deal ID cannot be acted on, instead of offering actions that would fail', async () => {
    for (const [language, text, noStage] of [
      ['en', 'This row has no Deal ID, so the sidebar cannot act on it.', 'No stage yet'],
      ['fr', 'Cette ligne n’a pas d’ID affaire : le panneau ne peut pas agir dessus.', 'Pas encore d’étape'],
    ] as const) {
      const state = fixtureState(language);
      // A pasted row whose stage was refused: no Deal ID, no stage.
      const selected = detail(DEALS[0], fixtureSettings(), language, { id: '', stage: null, stageLabel: '', daysInStage: null, nextStage: null });
      const sidebar = await openSidebar(browser(), () => ({ ...state, selected }));
      const { page } = sidebar;
      await expect(page.getByTestId('no-deal-id').textContent()).resolves.toContain(text);
      await expect(page.getByTestId('in-stage').textContent()).resolves.toBe(noStage);
      await expect(page.locator('section.deal .overline').textContent()).resolves.not.toContain('·');
      await expect(page.locator('section.deal button').count()).resolves.toBe(0);
      expect(sidebar.errors).toEqual([]);
      await sidebar.close();
    }
  });

  it('says when no deal is selected, and when there is no pipeline yet', async () => {
    const none = await openSidebar(browser(), () => fixtureState('en', null));
    await expect(none.page.locator('section.deal .empty').textContent()).resolves.toContain('Select a row of the Pipeline sheet');
    await none.close();
    const setup = await openSidebar(browser(), () => ({ ...fixtureState('en'), pipelineSheet: null, counts: null, selected: null }));
    await expect(setup.page.locator('main').textContent()).resolves.toContain('No Pipeline sheet yet');
    await setup.close();
  });
});

describe('sidebar: advance, won and lost forms', () => {
  it('advance asks exactly the missing required fields of the next stage, and sends one moveDeal', async () => {
    const settings = fixtureSettings();
    const moved: SidebarState = { ...fixtureState('en'), selected: detail({ ...DEALS[0], stage: 'proposal', daysInStage: 0 }, settings, 'en', { expectedClose: '2025-07-15' }) };
    const sidebar = await openSidebar(browser(), (name): SidebarState | CommandResult => (name === 'moveDeal' ? { ok: true, state: moved } : fixtureState('en')));
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Advance to Proposal' }).click();
    const form = page.locator('form.move-form');
    // Amount is filled already: only Expected close is asked.
    await expect(form.locator('input, select, textarea').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name))).resolves.toEqual(['Expected close']);
    await page.locator('#move-proposal-expected-close:focus').waitFor();
    await form.getByLabel('Expected close').fill('2025-07-15');
    await form.getByRole('button', { name: 'Move to Proposal' }).click();
    await page.locator('#deal-title:focus').waitFor();
    expect(commands(sidebar.calls)).toEqual([{ name: 'moveDeal', args: ['D-000012', 'proposal', { 'Expected close': '2025-07-15' }] }]);
    await expect(page.getByTestId('in-stage').textContent()).resolves.toBe('In Proposal since today');
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Acme renewal 2025 moved to Proposal.');
    await expect(page.locator('form.move-form').count()).resolves.toBe(0);
    await sidebar.close();
  });

  it('refuses a move with a blank required field in the browser, next to the field, without calling the server', async () => {
    const sidebar = await openSidebar(browser(), () => fixtureState('en'));
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Advance to Proposal' }).click();
    await page.getByRole('button', { name: 'Move to Proposal' }).click();
    const field = page.locator('form.move-form').getByLabel('Expected close');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toBe('Expected close is required to enter Proposal.');
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(commands(sidebar.calls)).toEqual([]);
    // Cancel gives the focus back to the button that opened the form.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('#action-advance:focus').waitFor();
    await sidebar.close();
  });

  it('Closed lost without a reason is refused in the form; the reason is a select of the configured list', async () => {
    const sidebar = await openSidebar(browser(), (name) => (name === 'moveDeal' ? { ok: true, state: fixtureState('en') } : fixtureState('en')));
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Mark lost' }).click();
    const reason = page.locator('form.move-form').getByLabel('Lost reason');
    await expect(reason.evaluate((el) => el.tagName)).resolves.toBe('SELECT');
    await expect(reason.locator('option').allTextContents()).resolves.toEqual(['Choose…', 'Price', 'Competitor', 'No budget', 'No decision', 'Timing', 'Other']);
    await page.getByRole('button', { name: 'Move to Closed lost' }).click();
    await expect(page.locator('#move-closed-lost-lost-reason-error').textContent()).resolves.toBe('Lost reason is required to enter Closed lost.');
    expect(commands(sidebar.calls)).toEqual([]);
    await reason.selectOption('Competitor');
    await page.getByRole('button', { name: 'Move to Closed lost' }).click();
    await page.getByText('moved to Closed lost').waitFor();
    expect(commands(sidebar.calls)).toEqual([{ name: 'moveDeal', args: ['D-000012', 'closed-lost', { 'Lost reason': 'Competitor' }] }]);
    await sidebar.close();
  });

  it('Mark won asks nothing when the won stage requires nothing', async () => {
    const sidebar = await openSidebar(browser(), (name) => (name === 'moveDeal' ? { ok: true, state: fixtureState('en') } : fixtureState('en')));
    await sidebar.page.getByRole('button', { name: 'Mark won' }).click();
    await expect(sidebar.page.locator('form.move-form input, form.move-form select').count()).resolves.toBe(0);
    await expect(sidebar.page.locator('form.move-form').textContent()).resolves.toContain('No field to fill: confirm the move.');
    await sidebar.page.getByRole('button', { name: 'Move to Closed won' }).click();
    await sidebar.page.getByText('moved to Closed won').waitFor();
    expect(commands(sidebar.calls)).toEqual([{ name: 'moveDeal', args: ['D-000012', 'closed-won', {}] }]);
    await sidebar.close();
  });

  it('does not offer Mark won when the pipeline forbids skipping stages forward (it could only be refused)', async () => {
    const base = fixtureState('en');
    const strict = { ...base, settings: { ...base.settings, rules: { ...base.settings.rules, allowSkipForward: false } } };
    const sidebar = await openSidebar(browser(), () => strict);
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Advance to Proposal' }).waitFor();
    await expect(page.locator('.actions button').allTextContents()).resolves.toEqual(['Advance to Proposal', 'Mark lost']);
    await sidebar.close();
  });

  it('shows the server’s errors next to their field, and a form-wide one above the buttons', async () => {
    const refused: CommandResult = {
      ok: false,
      errors: [
        { field: 'Expected close', message: 'Expected close cannot be before the deal was created (2025-05-02).' },
        { field: '', message: 'Someone else moved this deal a moment ago.' },
      ],
    };
    const sidebar = await openSidebar(browser(), (name) => (name === 'moveDeal' ? refused : fixtureState('en')));
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Advance to Proposal' }).click();
    await page.locator('form.move-form').getByLabel('Expected close').fill('2025-01-15');
    await page.getByRole('button', { name: 'Move to Proposal' }).click();
    await expect(page.locator('#move-proposal-expected-close-error').textContent()).resolves.toBe('Expected close cannot be before the deal was created (2025-05-02).');
    await expect(page.locator('form.move-form').getByLabel('Expected close').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('form.move-form [role="alert"]').textContent()).resolves.toBe('Someone else moved this deal a moment ago.');
    await expect(page.locator('form.move-form').getByLabel('Expected close').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.getByTestId('status').textContent()).resolves.toBe('Fix the marked fields, then try again.');
    expect(commands(sidebar.calls).map((c) => c.name)).toEqual(['moveDeal']);
    await sidebar.close();
  });

  it('a server failure (exception) is shown in the form, and the form stays usable', async () => {
    const sidebar = await openSidebar(browser(), (name) => {
      if (name === 'moveDeal') throw new Error('Exceeded maximum execution time');
      return fixtureState('en');
    });
    await sidebar.page.getByRole('button', { name: 'Mark won' }).click();
    await sidebar.page.getByRole('button', { name: 'Move to Closed won' }).click();
    await expect(sidebar.page.locator('form.move-form [role="alert"]').textContent()).resolves.toBe('The spreadsheet did not answer: Exceeded maximum execution time');
    await expect(sidebar.page.getByRole('button', { name: 'Move to Closed won' }).isEnabled()).resolves.toBe(true);
    await sidebar.close();
  });
});
