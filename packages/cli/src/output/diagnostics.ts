import { isAbsolute, join, relative } from 'node:path';
import type { PlanIssue } from '@plankb/core';
import { activeLang } from '../i18n.js';
import { localMessage } from './zh-messages.js';

/** Issue severities, most severe first. */
const RANK: Record<PlanIssue['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * Where to show an issue's file: its corpus path made relative to the
 * working folder, so that editors and terminals can open it.
 *
 * @param file The issue's file, as core reported it.
 * @param base The corpus folder the file is relative to, if any.
 * @returns The path to print.
 */
export function displayPath(file: string, base: string | undefined): string {
  if (base === undefined || isAbsolute(file)) return file;
  const rel = relative(process.cwd(), join(base, file));
  return rel.startsWith('..') ? join(base, file) : rel;
}

/**
 * Format an issue as `file:line:column: severity code: message`, the shape
 * compilers use, so editors can jump to it.
 *
 * @param issue The issue.
 * @param base The corpus folder its file is relative to, if any.
 * @returns One line per line of the message.
 */
export function formatIssue(issue: PlanIssue, base?: string): string {
  const file = issue.file === null ? '' : displayPath(issue.file, base);
  const at = issue.position ? `:${issue.position.start.line}:${issue.position.start.column}` : '';
  const where = file || at ? `${file}${at}: ` : '';
  // Note: severity and code stay as they are (tools match them); the message is in the interface language.
  return `${where}${issue.severity} ${issue.code}: ${localMessage(issue.message, activeLang()).replace(/\n/g, '\n  ')}`;
}

/**
 * The issues at or above a severity, in the order core reported them.
 *
 * @param issues The issues.
 * @param least The least severity to keep.
 * @returns The kept issues.
 */
export function issuesAtLeast(issues: readonly PlanIssue[], least: PlanIssue['severity']): PlanIssue[] {
  return issues.filter((i) => RANK[i.severity] <= RANK[least]);
}

/**
 * Whether any issue is an error: the input was read but is not a usable plan.
 *
 * @param issues The issues.
 * @returns `true` when the exit code should be 1.
 */
export function hasErrors(issues: readonly PlanIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
