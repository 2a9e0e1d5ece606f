/** A row of the benchmark table that `pnpm bench` prints: one figure, its baseline in the same run, and the verdict. */
export interface BenchRow {
  figure: string;
  baseline: string;
  measured: string;
  ratio: string;
  budget: string;
  result: string;
}
