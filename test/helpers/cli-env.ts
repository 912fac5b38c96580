/**
 * The environment for running the built CLI in a test: this process's, without the locale
 * variables the CLI reads its language from (LC_ALL, LC_MESSAGES, LANG), so a test asserting
 * English passes on a French machine too; `overrides` then set what the test wants.
 */
export function cliEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'].includes(name)) env[name] = value;
  }
  return { ...env, ...overrides };
}
