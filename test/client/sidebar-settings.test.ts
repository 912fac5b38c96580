import type { SettingsData } from '../../src/core/sidebar/sidebar-api';
import { useChromium } from '../helpers/chromium';
import { fixtureState } from './fixtures';
import { commands, openSidebar } from './sidebar-page';

jest.setTimeout(60_000);

const browser = useChromium();

/** The sidebar with its settings editor open, against a server that accepts every saveSettings. */
async function openSettingsEditor() {
  const sidebar = await openSidebar(browser(), (name, args) =>
    name === 'saveSettings' ? { ok: true, state: { ...fixtureState('en'), settings: args[0] as SettingsData }, settings: args[0] } : fixtureState('en'),
  );
  const { page } = sidebar;
  await page.getByText('Settings', { exact: true }).click();
  const form = page.locator('form.settings-form');
  const card = (n: number) => form.locator('fieldset.stage-card').nth(n);
  // The editor is drawn on the disclosure's toggle event, a task after the click.
  await card(0).waitFor();
  return { sidebar, page, form, card };
}

describe('sidebar: settings editor', () => {
  it('refuses bad settings next to their fields without a call, then saves reordered stages in one saveSettings', async () => {
    const { sidebar, page, form, card } = await openSettingsEditor();
    await expect(form.locator('fieldset.stage-card legend').allTextContents()).resolves.toEqual([
      'Stage 1: Prospecting', 'Stage 2: Qualification', 'Stage 3: First contact', 'Stage 4: Proposal',
      'Stage 5: Negotiation', 'Stage 6: Closed won', 'Stage 7: Closed lost', 'Stage 8: Onboarding',
    ]);
    await expect(card(3).getByLabel('Probability (%)').inputValue()).resolves.toBe('40');
    await card(3).getByText('Required fields (2)').click();
    await card(3).locator('input[type=checkbox]').first().waitFor();
    await expect(card(3).locator('input[type=checkbox]:checked').evaluateAll((els) => els.map((el) => el.id))).resolves.toEqual(['stage-4-required-amount', 'stage-4-required-expected-close'].map((id) => expect.stringMatching(new RegExp(id.replace(/^stage-\d+/, 'stage-\\d+')))));

    await card(3).getByLabel('Stage (English)').fill('');
    await card(1).getByLabel('Stage (French)').fill('Proposition');
    await card(0).getByLabel('Probability (%)').fill('140');
    await card(2).getByLabel('Stale after (days)').fill('ten');
    await card(5).getByLabel('Kind').selectOption('open');
    await card(7).getByLabel('Kind').selectOption('open');
    await form.getByLabel('Currency').fill('E1');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(card(0).locator('.field-error').textContent()).resolves.toBe('Write a probability between 0 and 100 %.');
    await expect(card(0).getByLabel('Probability (%)').getAttribute('aria-invalid')).resolves.toBe('true');
    // The first stage to claim a name keeps it (as in the Stage column): the later one is told.
    await expect(card(3).locator('.field-error').allTextContents()).resolves.toEqual([
      'Give the stage a name.',
      '"Proposition" already names the stage "Qualification": each name and alias may mean one stage only.',
    ]);
    await expect(card(3).getByLabel('Stage (English)').getAttribute('aria-invalid')).resolves.toBe('true');
    // Focus goes to the first field in error.
    await expect(card(0).getByLabel('Probability (%)').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(card(2).locator('.field-error').textContent()).resolves.toBe('Write a whole number of days, or leave blank.');
    await expect(form.locator('#settings-stages-error').textContent()).resolves.toBe('Set the kind of one stage to won.');
    await expect(form.locator('#settings-currency-error').textContent()).resolves.toBe('Write a three-letter currency code such as EUR or USD.');
    expect(commands(sidebar.calls)).toEqual([]);

    await form.getByRole('button', { name: 'Discard changes' }).click();
    await expect(form.locator('.field-error').count()).resolves.toBe(0);
    // Reorder: Qualification before Prospecting, by button; focus stays with the moved stage.
    await form.getByRole('button', { name: 'Move Qualification up' }).click();
    await page.locator('[id$="-down"]:focus').waitFor();
    await expect(form.locator('fieldset.stage-card legend').first().textContent()).resolves.toBe('Stage 1: Qualification');
    // Add a stage, named in both languages, with a percent probability and one required field.
    await form.getByRole('button', { name: 'Add a stage' }).click();
    const added = form.locator('fieldset.stage-card').nth(5);
    await expect(added.getByLabel('Stage (English)').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await added.getByLabel('Stage (English)').fill('Legal review');
    await added.getByLabel('Stage (French)').fill('Revue juridique');
    await added.getByLabel('Probability (%)').fill('85');
    await added.getByLabel('Stale after (days)').fill('7');
    await added.getByText('Required fields (0)').click();
    await added.getByLabel('Expected close').check();
    await added.getByLabel('Aliases').fill('Legal, Juridique');
    await form.getByLabel('Allow reopening closed deals').check();
    await form.getByLabel('Lost reasons (English)').fill('Price\nCompetitor\n\nNo budget');
    await form.getByRole('button', { name: 'Remove Onboarding' }).click();
    await page.locator('#settings-add-stage:focus').waitFor();
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByTestId('status').filter({ hasText: 'Settings saved.' }).waitFor();

    const saved = commands(sidebar.calls);
    expect(saved.map((c) => c.name)).toEqual(['saveSettings']);
    const settings = saved[0].args[0] as SettingsData;
    expect(settings.stages.map((s) => s.key)).toEqual(['qualification', 'prospecting', 'first-contact', 'proposal', 'negotiation', 'legal-review', 'closed-won', 'closed-lost']);
    expect(settings.stages[5]).toEqual({
      key: 'legal-review',
      labels: { en: 'Legal review', fr: 'Revue juridique' },
      kind: 'open',
      probability: 0.85,
      staleDays: 7,
      requiredFields: ['Expected close'],
      aliases: ['Legal', 'Juridique'],
    });
    expect(settings.stages[3].probability).toBe(0.4);
    expect(settings.rules).toEqual({ allowSkipForward: true, allowBackward: true, allowReopen: true });
    expect(settings.lostReasons.en).toEqual(['Price', 'Competitor', 'No budget']);
    expect(settings.currency).toBe('EUR');
    await sidebar.close();
  });

  it('shows saveSettings errors next to the stage field they name', async () => {
    const sidebar = await openSidebar(browser(), (name) =>
      name === 'saveSettings' ? { ok: false, errors: [{ field: 'stages.3.labels.fr', message: 'Ce nom est déjà utilisé par un autre pipeline.' }] } : fixtureState('en'),
    );
    const { page } = sidebar;
    await page.getByText('Settings', { exact: true }).click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    const field = page.locator('form.settings-form fieldset.stage-card').nth(3).getByLabel('Stage (French)');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent()).resolves.toBe('Ce nom est déjà utilisé par un autre pipeline.');
    await sidebar.close();
  });

  it('reorders stages by dragging a card onto another, announces the new place, and saves that order', async () => {
    const { sidebar, page, form, card } = await openSettingsEditor();
    // A real mouse drag (Chromium's own drag and drop): First contact (3rd) by its handle onto Qualification (2nd).
    await card(2).locator('.drag-handle').dragTo(card(1));
    await expect(form.locator('[role="status"]').textContent()).resolves.toBe('First contact is now stage 2.');
    // Further away than the 900 px window, the page would have to scroll mid-drag: the same events, sent to the cards.
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await card(3).locator('.drag-handle').dispatchEvent('dragstart', { dataTransfer });
    await card(1).dispatchEvent('dragover', { dataTransfer });
    await expect(form.locator('.stage-card.drop-target').count()).resolves.toBe(1);
    await card(1).dispatchEvent('drop', { dataTransfer });
    await expect(form.locator('fieldset.stage-card legend').allTextContents()).resolves.toEqual([
      'Stage 1: Prospecting', 'Stage 2: Proposal', 'Stage 3: First contact', 'Stage 4: Qualification',
      'Stage 5: Negotiation', 'Stage 6: Closed won', 'Stage 7: Closed lost', 'Stage 8: Onboarding',
    ]);
    await expect(form.locator('[role="status"]').textContent()).resolves.toBe('Proposal is now stage 2.');
    await expect(form.locator('.stage-card.drop-target').count()).resolves.toBe(0);
    // Fields keep their values through the move.
    await expect(card(1).getByLabel('Probability (%)').inputValue()).resolves.toBe('40');
    // Dropped on itself: nothing moves.
    await card(1).locator('.drag-handle').dragTo(card(1));
    await expect(card(1).locator('legend').textContent()).resolves.toBe('Stage 2: Proposal');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByTestId('status').filter({ hasText: 'Settings saved.' }).waitFor();
    const saved = commands(sidebar.calls);
    expect((saved[0].args[0] as SettingsData).stages.map((s) => s.key)).toEqual([
      'prospecting', 'proposal', 'first-contact', 'qualification', 'negotiation', 'closed-won', 'closed-lost', 'onboarding',
    ]);
    await sidebar.close();
  });
});
