import { Text, type TextProps } from 'ink';
import { narrowDrawing } from '../_utils/ambiguous.js';
import { fitSpans, toSpans, type Span, type SpanStyle } from '../_utils/spans.js';
import { useSettings } from '../contexts/SettingsContext.js';

export type Props = {
  /** The line: plain text or styled spans. Line breaks and tabs become spaces. */
  text: string | readonly Span[];
  /** The columns the line takes: longer text is cut with `…` (never wider, whatever its CJK characters), shorter text is padded. */
  width: number;
  /** A style under the spans' own, padding included (a selected row's highlight). @default {} */
  style?: SpanStyle;
};

/**
 * One line of exactly `width` columns. The app fits every line itself rather
 * than let Ink cut it (Ink's cli-truncate overflows by a column on wide characters).
 */
export function Line({ text, width, style = {} }: Props) {
  const { color } = useSettings();
  const spans = fitSpans(
    // Note: where ambiguous characters are wide, the app's rules, gutters and bars are drawn in ASCII (see ambiguous.ts).
    toSpans(text).map((s) => ({ ...style, ...s, text: narrowDrawing(s.text) })),
    Math.max(0, width),
    style,
  );
  return (
    <Text wrap="truncate-end">
      {spans.map((s, k) => (
        <Text key={k} {...textProps(s, color)}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

/** Ink's Text props for a span's style; colours only when colour is on. */
function textProps(s: SpanStyle, color: boolean): TextProps {
  const props: { -readonly [K in keyof TextProps]: TextProps[K] } = {};
  if (color && s.color !== undefined) props.color = s.color;
  if (color && s.backgroundColor !== undefined) props.backgroundColor = s.backgroundColor;
  if (s.bold) props.bold = true;
  if (s.dim) props.dimColor = true;
  if (s.italic) props.italic = true;
  if (s.underline) props.underline = true;
  if (s.strikethrough) props.strikethrough = true;
  if (s.inverse) props.inverse = true;
  return props;
}
