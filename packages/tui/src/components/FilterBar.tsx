import { Box } from 'ink';
import type { ListFilter } from '../hooks/use-list-filter.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';
import { TextInput } from './TextInput.js';

export type Props = {
  /** The list's filter (`useListFilter`). */
  filter: ListFilter;
  /** How many rows pass, of how many. */
  shown: number;
  total: number;
  /** The width in columns. */
  width: number;
};

/** The line of a list's `/` filter: its field while typing, then what it keeps. */
export function FilterBar({ filter, shown, total, width }: Props) {
  const { t, color } = useSettings();
  const count = filter.query === '' ? '' : `  ${shown === 0 ? t.filter.none(filter.query) : t.filter.matches(shown, total, filter.query)}`;
  if (!filter.editing) {
    return <Line text={[{ text: '/ ', bold: true, color: color ? 'cyan' : undefined }, { text: filter.query, bold: true }, { text: count, dim: true }]} width={width} />;
  }
  const field = Math.max(8, Math.min(40, width - 2 - 24));
  return (
    <Box flexDirection="row" width={width}>
      <Line text={[{ text: '/ ', bold: true, color: color ? 'cyan' : undefined }]} width={2} />
      <TextInput value={filter.query} onChange={filter.setQuery} width={field} />
      <Line text={[{ text: count, dim: true }]} width={Math.max(0, width - 2 - field)} />
    </Box>
  );
}
