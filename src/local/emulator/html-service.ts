/** HtmlService and HtmlOutput: HTML the script shows in sidebars and dialogs. */
import { SandboxMode, XFrameOptionsMode } from './enums';
import { SCRIPT_CLASS, ScriptObject, asGas } from './proxy';

type GasOutput = GoogleAppsScript.HTML.HtmlOutput;

/** Size a dialog opens at when the script sets none. */
export const DEFAULT_DIALOG_SIZE = { width: 600, height: 400 };

type OutputApi = Pick<
  GasOutput,
  | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'getContent' | 'setContent' | 'append'
  | 'setSandboxMode' | 'addMetaTag' | 'setXFrameOptionsMode' | 'setFaviconUrl'
>;

export class HtmlOutputImpl extends ScriptObject implements OutputApi {
  readonly [SCRIPT_CLASS] = 'HtmlOutput';
  title = '';
  width = DEFAULT_DIALOG_SIZE.width;
  height = DEFAULT_DIALOG_SIZE.height;
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(public content: string) {
    super();
  }

  setTitle(title: string): GasOutput {
    this.title = title;
    return asGas(this);
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): GasOutput {
    this.width = width;
    return asGas(this);
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(height: number): GasOutput {
    this.height = height;
    return asGas(this);
  }

  getHeight(): number {
    return this.height;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): GasOutput {
    this.content = content;
    return asGas(this);
  }

  append(addedContent: string): GasOutput {
    this.content += addedContent;
    return asGas(this);
  }

  /** Only IFRAME exists today; the others are accepted and ignored, as on the platform. */
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GasOutput {
    return asGas(this);
  }

  addMetaTag(name: string, content: string): GasOutput {
    this.metaTags.push({ name, content });
    return asGas(this);
  }

  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GasOutput {
    return asGas(this);
  }

  setFaviconUrl(_iconUrl: string): GasOutput {
    return asGas(this);
  }
}

export class HtmlServiceImpl extends ScriptObject implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'> {
  readonly [SCRIPT_CLASS] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly files: Record<string, string>) {
    super();
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasOutput {
    return asGas(new HtmlOutputImpl(typeof html === 'string' ? html : html === undefined ? '' : html.getBlob().getDataAsString()));
  }

  createHtmlOutputFromFile(filename: string): GasOutput {
    const name = filename.replace(/\.html$/, '');
    const content = this.files[name];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return asGas(new HtmlOutputImpl(content));
  }
}
