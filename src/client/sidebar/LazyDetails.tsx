import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  summary: ComponentChildren;
  class?: string;
  /** Test and styling hook on the details element. */
  name?: string;
  children: () => ComponentChildren;
}

/**
 * A native disclosure (keyboard and screen-reader support for free) whose content is only
 * rendered once opened: the settings editor alone is ~250 controls, and rendering them
 * hidden would delay the first paint of the sidebar.
 */
export function LazyDetails({ summary, class: className, name, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class={className} data-panel={name} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
