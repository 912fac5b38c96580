/** PropertiesService: string key-value stores kept in the workbook model. */
import type { ExecutionState } from './execution';
import type { Workbook } from './workbook';
import { SCRIPT_CLASS, ScriptObject, asGas } from './proxy';

type GasProperties = GoogleAppsScript.Properties.Properties;

type PropertiesApi = Pick<
  GasProperties,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'
>;

export class PropertiesImpl extends ScriptObject implements PropertiesApi {
  readonly [SCRIPT_CLASS] = 'Properties';

  constructor(
    /** Looked up on each call: the store object is replaced when a user's store is first written. */
    private readonly store: () => Record<string, string>,
    private readonly changed: () => void,
  ) {
    super();
  }

  #changed(): GasProperties {
    this.changed();
    return asGas(this);
  }

  getProperty(key: string): string | null {
    const v = this.store()[key];
    return v === undefined ? null : v;
  }

  /** Apps Script stores every value as a string. */
  setProperty(key: string, value: string): GasProperties {
    this.store()[key] = String(value);
    return this.#changed();
  }

  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): GasProperties {
    const store = this.store();
    if (deleteAllOthers) for (const k of Object.keys(store)) delete store[k];
    for (const [k, v] of Object.entries(properties)) store[k] = String(v);
    return this.#changed();
  }

  getProperties(): Record<string, string> {
    return { ...this.store() };
  }

  deleteProperty(key: string): GasProperties {
    delete this.store()[key];
    return this.#changed();
  }

  deleteAllProperties(): GasProperties {
    const store = this.store();
    for (const k of Object.keys(store)) delete store[k];
    return this.#changed();
  }

  getKeys(): string[] {
    return Object.keys(this.store());
  }
}

type ServiceApi = Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>;

export class PropertiesServiceImpl extends ScriptObject implements ServiceApi {
  readonly [SCRIPT_CLASS] = 'PropertiesService';

  constructor(
    private readonly workbook: Workbook,
    private readonly execution: () => ExecutionState,
  ) {
    super();
  }

  #properties(store: () => Record<string, string>): GasProperties {
    return asGas(new PropertiesImpl(store, () => this.workbook.env.changed()));
  }

  getDocumentProperties(): GasProperties {
    return this.#properties(() => this.workbook.properties.document);
  }

  getScriptProperties(): GasProperties {
    return this.#properties(() => this.workbook.properties.script);
  }

  /** One store per user: the user of the execution that asked for it. */
  getUserProperties(): GasProperties {
    const user = this.execution().ctx.user;
    const all = this.workbook.properties.user;
    return this.#properties(() => (all[user] ??= {}));
  }
}
