import vm from 'node:vm';

/**
 * One compiled Apps Script project and the fresh global scope each execution runs it in.
 *
 * Apps Script loads every file of the project anew for each execution, so global state never
 * survives from one call to the next; a new vm context per execution keeps that true here.
 * The context holds the emulator's services and nothing else: no `require`, `module`,
 * `process` or timers. Its `Date` is the host's, so dates cross between the script and the
 * emulator with `instanceof Date` intact (there is no literal syntax for dates, so every
 * date the script makes comes from this constructor).
 */
export class ScriptRealm {
  private readonly script: vm.Script;
  private readonly serviceNames: ReadonlySet<string>;

  constructor(
    code: string,
    private readonly services: () => Record<string, unknown>,
    filename = 'Code.js',
  ) {
    this.script = new vm.Script(code, { filename });
    this.serviceNames = new Set(Object.keys(services()));
  }

  /** A new global scope with the project loaded in it. */
  load(): vm.Context {
    const context = vm.createContext(Object.assign(Object.create(null) as object, this.services(), { Date }), {
      name: 'Apps Script',
      codeGeneration: { strings: true, wasm: false },
    });
    this.script.runInContext(context, { timeout: 30_000 });
    return context;
  }

  /** The project's top-level functions, as Apps Script lists them in its editor, sorted. */
  topLevelFunctions(context: vm.Context): string[] {
    return Object.keys(context)
      .filter((name) => !this.serviceNames.has(name) && name !== 'Date' && typeof context[name] === 'function')
      .sort();
  }
}
