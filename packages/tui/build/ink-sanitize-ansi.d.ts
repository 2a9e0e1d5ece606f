// Types of build/ink-sanitize-ansi.js, for its test (test/ink-output.test.ts).
export default function sanitizeAnsi(text: string): string;
