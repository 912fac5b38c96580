import type { Language } from '../../core/i18n/language';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The language of the environment's messages, as gettext picks it: the first of `LC_ALL`,
 * `LC_MESSAGES` and `LANG` that is set decides (so `LC_ALL=C` wins over `LANG=fr_FR.UTF-8`);
 * a value starting with `fr` (`fr`, `fr_FR.UTF-8`, `fr_CA`, `fr-BE`) is French, anything
 * else English.
 */
export function environmentLanguage(env: Environment): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]?.trim();
    if (value) return /^fr(?![a-z])/i.test(value) ? 'fr' : 'en';
  }
  return 'en';
}

/** The last valid `--locale en|fr` (or `--locale=...`) of `argv`, read before the options are parsed. */
function localeOption(argv: readonly string[]): Language | null {
  let found: Language | null = null;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--locale' ? argv[++i] : argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'fr') found = value;
  }
  return found;
}

/**
 * The language the `sheets-pipeline` command speaks in: `--locale` when the command line
 * gives a valid one (even if another option is wrong, so that error is in that language),
 * else the environment's (`environmentLanguage`), else English.
 */
export function cliLanguage(argv: readonly string[], env: Environment): Language {
  return localeOption(argv) ?? environmentLanguage(env);
}
