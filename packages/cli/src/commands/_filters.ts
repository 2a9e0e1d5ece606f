import type { PlanDocument } from '@plankb/core';
import { CliError } from '../errors.js';
import { activeMessages, messages, type Lang } from '../i18n.js';

/** What a region's name may end with after its short name: 上海 is 上海市, 青浦 is 青浦区. */
const REGION_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '街道', '省', '市', '区', '县', '州', '盟', '旗', '镇', '乡'];

/**
 * A `--year` option: a four-digit year, refused as a usage error (exit 2) otherwise.
 *
 * @param describe The option's description.
 * @param name The option's name, for the message.
 * @returns The yargs option.
 */
export function yearOption(describe: string, name = 'year') {
  // Note: no type, so yargs passes what was typed (a number type would turn abc into NaN before the check).
  return {
    describe,
    requiresArg: true,
    coerce: (value: string | number): number => {
      const text = String(value).trim();
      if (!/^\d{4}$/.test(text)) throw new Error(activeMessages().invalidYear(name, String(value)));
      return Number(text);
    },
  };
}

/**
 * An option that takes a count (`--limit 20`): a whole number from 1, refused as a usage error (exit 2) otherwise.
 *
 * @param describe The option's description.
 * @param name The option's name, for the message.
 * @param fallback The default.
 * @returns The yargs option.
 */
export function countOption(describe: string, name: string, fallback: number) {
  return {
    describe,
    requiresArg: true,
    default: fallback,
    coerce: (value: string | number): number => {
      const text = String(value).trim();
      if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(activeMessages().invalidCount(name, String(value)));
      return Number(text);
    },
  };
}

/**
 * The region a user means, as the documents write it: the name itself, or the
 * one name it is the short form of (上海 for 上海市).
 *
 * @param wanted The region as typed.
 * @param documents The documents to look in (their regions and parent regions).
 * @param lang The interface language, for the error.
 * @returns The region's full name.
 * @throws {CliError} `invalid-argument` when no region matches (naming the regions there are) or several do.
 */
export function resolveRegion(wanted: string, documents: readonly PlanDocument[], lang: Lang): string {
  const names = [...new Set(documents.flatMap((d) => [d.region, d.parentRegion]).filter((r): r is string => typeof r === 'string' && r !== ''))];
  if (names.includes(wanted)) return wanted;
  const short = names.filter((name) => name.startsWith(wanted) && REGION_SUFFIXES.includes(name.slice(wanted.length)));
  if (short.length === 1) return short[0] as string;
  const t = messages(lang);
  if (short.length > 1) throw new CliError('invalid-argument', t.ambiguousRegion(wanted, short));
  // Note: regions sharing a character with the one typed first; then the others, so a user sees what there is.
  const close = names.filter((name) => [...wanted].some((c) => name.includes(c)));
  throw new CliError('invalid-argument', t.unknownRegion(wanted, [...close, ...names.filter((n) => !close.includes(n))]));
}

/**
 * Whether a document is in a region, or in one of its districts.
 *
 * @param document The document.
 * @param region The region's full name.
 * @returns `true` when it is.
 */
export function inRegion(document: PlanDocument, region: string): boolean {
  return document.region === region || document.parentRegion === region;
}
