// The straight lines a PDF page draws (table borders, cell rules), from pdf.js's operator list, in the page's
// viewport coordinates (y grows downwards), so that tables can be read as the grid their borders draw.

/** A horizontal or vertical segment: `x0 <= x1`, `y0 <= y1`; one of the two ranges is (nearly) a point. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The operator codes the walk needs (pdf.js's `OPS`). */
export interface RuleOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  moveTo: number;
  lineTo: number;
  rectangle: number;
  closePath: number;
  curveTo: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A rule too thin to be anything but a line: a stroked line, or a filled rectangle a few points wide (as Word draws cell borders). */
const THIN = 2.5;
/** Shorter than this is a tick or a glyph-like mark, not a border. */
const MIN_LENGTH = 6;

function segment(a: [number, number], b: [number, number], out: Rule[]): void {
  const rule = { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
  const w = rule.x1 - rule.x0;
  const h = rule.y1 - rule.y0;
  if ((h <= THIN && w >= MIN_LENGTH) || (w <= THIN && h >= MIN_LENGTH)) out.push(rule);
}

/**
 * The horizontal and vertical segments a page draws: lines, and the edges of
 * rectangles (a thin filled rectangle is one line). Curves and slanted lines are left out.
 *
 * @param fnArray The page's operators (`getOperatorList().fnArray`).
 * @param argsArray Their arguments.
 * @param ops pdf.js's operator codes.
 * @param viewport The viewport's transform, to page coordinates with y downwards.
 * @returns The segments.
 */
export function rulesOfPage(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: RuleOps, viewport: Matrix): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport;
  // Note: a path counts once it is painted: stroked, all its segments; filled, only rectangles thin enough to be lines
  // (a filled box is a background or shading). A path used to clip, or ended unpainted, draws nothing.
  let stroked: Rule[] = [];
  let thin: Rule[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i] ?? -1;
    const args = argsArray[i] as unknown[] | null;
    if (fn !== ops.constructPath) {
      if (strokes.has(fn)) rules.push(...stroked);
      else if (fills.has(fn)) rules.push(...thin);
      stroked = [];
      thin = [];
    }
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? viewport;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? viewport;
    else if (fn === ops.constructPath && args) {
      const kinds = args[0] as number[];
      const coords = args[1] as number[];
      let j = 0;
      let at: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      for (const kind of kinds) {
        if (kind === ops.rectangle) {
          const [x, y, w, h] = [coords[j] ?? 0, coords[j + 1] ?? 0, coords[j + 2] ?? 0, coords[j + 3] ?? 0];
          j += 4;
          const p = [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)] as const;
          const xs = p.map((q) => q[0]);
          const ys = p.map((q) => q[1]);
          const width = Math.max(...xs) - Math.min(...xs);
          const height = Math.max(...ys) - Math.min(...ys);
          // Note: a thin rectangle is one rule along its length; a box gives its four edges.
          if (height <= THIN || width <= THIN) {
            segment([Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)], stroked);
            segment([Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)], thin);
          } else for (let k = 0; k < 4; k++) segment(p[k] as [number, number], p[(k + 1) % 4] as [number, number], stroked);
        } else if (kind === ops.moveTo) {
          at = apply(ctm, coords[j] ?? 0, coords[j + 1] ?? 0);
          start = at;
          j += 2;
        } else if (kind === ops.lineTo) {
          const to = apply(ctm, coords[j] ?? 0, coords[j + 1] ?? 0);
          j += 2;
          segment(at, to, stroked);
          at = to;
        } else if (kind === ops.closePath) {
          segment(at, start, stroked);
          at = start;
        } else {
          // Note: curves (curveTo 6 numbers, curveTo2/3 4) are skipped but their coordinates consumed.
          j += kind === ops.curveTo ? 6 : 4;
        }
      }
    }
  }
  return rules;
}
