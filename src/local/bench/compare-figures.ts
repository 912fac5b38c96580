import type { Figures } from './figures';

export interface FigureDifference {
  name: string;
  engine: number | null | undefined;
  template: number | null | undefined;
}

/**
 * Figures that differ between the engine and the template. Numbers agree within a relative
 * 1e-9: the template works in serial days and HyperFormula rounds results to 10 significant
 * digits, the engine in milliseconds. A figure only one side has is a difference too.
 */
export function compareFigures(
  engine: Figures,
  template: Figures,
  options: { templateSubset?: boolean; tolerance?: number } = {},
): FigureDifference[] {
  const tolerance = options.tolerance ?? 1e-9;
  // A template run on a subset of figures is checked on that subset only.
  const names = options.templateSubset ? new Set(template.keys()) : new Set([...engine.keys(), ...template.keys()]);
  const differences: FigureDifference[] = [];
  for (const name of names) {
    const a = engine.get(name);
    const b = template.get(name);
    if (!sameFigure(a, b, tolerance)) differences.push({ name, engine: a, template: b });
  }
  return differences;
}

function sameFigure(a: number | null | undefined, b: number | null | undefined, tolerance: number): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}
