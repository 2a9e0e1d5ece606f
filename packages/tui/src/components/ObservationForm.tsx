import { Box } from 'ink';
import { useRef, useState } from 'react';
import { widthOf, pad } from '@plankb/terminal-text';
import { useCapture } from '../hooks/use-capture.js';
import { useSettings } from '../contexts/SettingsContext.js';
import { Line } from './Line.js';
import { TextInput } from './TextInput.js';
import { useKeys } from '../hooks/use-keys.js';

/** What the form holds, as typed. */
export interface ObservationValues {
  value: string;
  date: string;
  source: string;
  note: string;
  /** `baseline` records the starting value progress is measured from (`plankb track record --baseline`). */
  role: 'observation' | 'baseline';
}

const FIELDS = ['value', 'date', 'source', 'note', 'role'] as const;
type TextField = Exclude<(typeof FIELDS)[number], 'role'>;

export type Props = {
  /** The line above the fields (which target). */
  title: string;
  /** What the target asks for, shown after the title (`> 65,000 架`). @default '' */
  subtitle?: string;
  /** The target's unit, shown after the value field. @default null */
  unit?: string | null;
  /** The date field's first value (YYYY-MM-DD). */
  defaultDate: string;
  /** Called on enter; returns an error message to show, or `null` when the observation was recorded. */
  onSubmit: (values: ObservationValues) => string | null;
  /** Called on esc. */
  onCancel: () => void;
  /** What the fields hold at first (an entry being corrected). @default empty, the date `defaultDate`, an observation */
  initial?: Partial<ObservationValues> | undefined;
  /** The width in columns. */
  width: number;
};

/** A small form to record an observation of a target: value, date, source and note. It has the keyboard while open. */
export function ObservationForm({ title, subtitle = '', unit = null, defaultDate, onSubmit, onCancel, initial, width }: Props) {
  const { t, color } = useSettings();
  useCapture(true);
  const [first] = useState<ObservationValues>(() => ({ value: '', date: defaultDate, source: '', note: '', role: 'observation', ...initial }));
  const [values, setValues] = useState<ObservationValues>(first);
  // Note: enter may come in the same read as the last characters typed; submit what was typed, not the last render's values.
  const latest = useRef(values);
  latest.current = values;
  const edit = (name: (typeof FIELDS)[number], value: string): void => {
    if (name === 'role' && value !== 'observation' && value !== 'baseline') return;
    latest.current = { ...latest.current, [name]: value };
    setValues(latest.current);
  };
  const [field, setField] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // Note: esc on a form with something typed asks first: a slip of the finger must not lose a value read off a report.
  const [confirming, setConfirming] = useState(false);
  const touched = (): boolean => FIELDS.some((name) => latest.current[name] !== first[name]);
  useKeys((input, key) => {
    if (confirming) {
      setConfirming(false);
      if (input === 'y' || input === 'Y') onCancel();
      // Note: the answer is not typed into the field.
      return true;
    }
    if (key.escape) {
      if (touched()) setConfirming(true);
      else onCancel();
    } else if (key.return) setError(onSubmit(latest.current));
    else if (FIELDS[field] === 'role' && (input === ' ' || key.leftArrow || key.rightArrow)) edit('role', latest.current.role === 'baseline' ? 'observation' : 'baseline');
    else if ((key.tab && !key.shift) || key.downArrow) setField((f) => (f + 1) % FIELDS.length);
    else if ((key.tab && key.shift) || key.upArrow) setField((f) => (f + FIELDS.length - 1) % FIELDS.length);
  });
  const labels = { value: t.targets.value, date: t.targets.date, source: t.targets.source, note: t.targets.note, role: t.targets.role };
  const labelWidth = Math.max(...Object.values(labels).map(widthOf)) + 4;
  const fieldWidth = Math.max(8, Math.min(40, width - labelWidth - 8));
  return (
    <Box flexDirection="column" width={width}>
      <Line text={[{ text: title, bold: true }, { text: subtitle === '' ? '' : `  ${subtitle}`, dim: true }]} width={width} />
      <Line text="" width={width} />
      {FIELDS.map((name, k) => (
        <Box key={name} flexDirection="row" width={width}>
          <Line text={[{ text: pad(`  ${labels[name]}`, labelWidth), bold: k === field }]} width={labelWidth} />
          <Box width={fieldWidth + 2}>
            <Line text="[" width={1} />
            {name === 'role' ? (
              <Line
                text={(['observation', 'baseline'] as const).flatMap((r) => [{ text: ` ${t.targets.roles[r]} `, inverse: values.role === r && k === field, bold: values.role === r, dim: values.role !== r }, { text: ' ' }])}
                width={fieldWidth}
              />
            ) : (
              <TextInput value={values[name as TextField]} onChange={(v) => edit(name, v)} focused={k === field} width={fieldWidth} />
            )}
            <Line text="]" width={1} />
          </Box>
          <Line text={name === 'value' && unit ? ` ${unit}` : ''} width={Math.max(0, width - labelWidth - fieldWidth - 2)} />
        </Box>
      ))}
      <Line text="" width={width} />
      <Line
        text={confirming ? [{ text: `  ${t.targets.discard}`, color: color ? 'yellow' : undefined, bold: true, inverse: !color }] : error === null ? '' : [{ text: `  ${error}`, color: color ? 'red' : undefined, bold: true }]}
        width={width}
      />
    </Box>
  );
}
