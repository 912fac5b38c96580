/**
 * `google.script.run` and `google.script.host` for the sidebar in the local preview.
 * Each server call is a POST to `/api/run/<function>` on the preview server, which runs it
 * in the local Apps Script runtime. Like the real service, a call returns nothing and
 * answers through the success or failure handler, and arguments that Apps Script cannot
 * carry (a `Date`, a function) fail before anything is sent.
 */
type Handler = (value: unknown, userObject?: unknown) => void;

interface RunnerState {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** Path of the first value in `value` that google.script.run refuses, or null. */
function illegalPath(value: unknown, path: string): string | null {
  if (value instanceof Date || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return path;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = illegalPath(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

function call(name: string, args: unknown[], state: RunnerState): void {
  const fail = (message: string) => {
    if (state.failure) state.failure(new Error(message), state.userObject);
    else console.error(message);
  };
  const illegal = illegalPath(args, '');
  if (illegal !== null) {
    setTimeout(() => fail(`Failed due to illegal value in property: ${illegal}`));
    return;
  }
  fetch(`/api/run/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ args }),
  })
    .then(async (response) => {
      const body = (await response.json()) as { result?: unknown; error?: string };
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
      if (window.parent !== window) window.parent.postMessage({ type: 'sheets-pipeline:changed' }, window.location.origin);
      state.success?.(body.result, state.userObject);
    })
    .catch((error: Error) => fail(error.message));
}

function runner(state: RunnerState): unknown {
  const builders = {
    withSuccessHandler: (handler: Handler) => runner({ ...state, success: handler }),
    withFailureHandler: (handler: Handler) => runner({ ...state, failure: handler }),
    withUserObject: (userObject: unknown) => runner({ ...state, userObject }),
  };
  return new Proxy(builders, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop in target) return target[prop as keyof typeof builders];
      return (...args: unknown[]) => call(prop, args, state);
    },
  });
}

const host = {
  close: () => window.parent.postMessage({ type: 'sheets-pipeline:close-sidebar' }, window.location.origin),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => window.parent.focus() },
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };
