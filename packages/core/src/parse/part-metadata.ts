import { dateLine, eventDateLine, findDate, monthLine, monthSignatureLine } from './dates.js';
import { isDebris } from './debris.js';
import { cellTableLines } from './hard-wrap.js';
import { isPageFieldsLine } from './header-metadata.js';
import { ownDocNumber } from './doc-number.js';
import { isIssuerName, paddedRange } from './issuer.js';
import { indexNumberIn, isOrgLine } from './metadata.js';
import { recogniseLabel } from '../text/numbering.js';
import type { LineSpan, SourceLine } from '../text/source-lines.js';

/** Metadata found in a notice, an announcement or a signature block. */
export interface FoundMeta {
  issuer?: LineSpan;
  /** The first of joint issuers signing on lines of their own above `issuer`, the last (某市教育局　某市财政局 / 某市人社局). */
  issuerFirst?: LineSpan;
  date?: { iso: string; span: LineSpan };
  /** A signature dated by year and month only (2024年5月): the model's date stays unknown, the year is read. */
  month?: { year: number; span: LineSpan };
  docNumber?: LineSpan;
  indexNumber?: LineSpan;
  /**
   * The print line of the 版记 (山东省人民政府办公厅2019年3月15日印发): the office that printed it and the print date, a
   * fallback only, as the signed date (成文日期) and the signing body are the document's.
   */
  printed?: { issuer: LineSpan; date: { iso: string; span: LineSpan } };
}

function trimmed(line: SourceLine): LineSpan {
  return { line: line.index, ...paddedRange(line.text) };
}

/** An issuing body alone on a line: the parser's organisation lines, and national bodies (国务院, 水利部办公厅). */
function isIssuerLine(text: string): boolean {
  return isOrgLine(text) || isIssuerName(text);
}

const PRINT_CREDITS = /(?:\s*(?:[（(]共印\s*\d+\s*份[)）]|(?:初校|终校|校对|责任校对|一校|二校|三校)[:：]\s*[\u4e00-\u9fff][\u4e00-\u9fff ]{0,6}))+\s*$/;

// What makes a dated line the 版记's print line: 印发 after the date, or the date labelled 印发日期 (…办公室　印发日期：…).
const PRINT_MARK = /印发\s*$|印发日\s*期\s*[:：]/;

// The print line and distribution list that close an official document (版记): 抄送：…, …2019年3月15日印发.
function isColophon(line: string): boolean {
  if (/^[\s\u3000\u2003]*抄送[:：]/.test(line)) return true;
  // Note: the print line may end with the copies printed and the proofreaders (…印发（共印50份） 初校：… 终校：…).
  const text = line.replace(PRINT_CREDITS, '');
  // Note: the cheap test first; reading a date on every line the end of a part is trimmed of was most of this step.
  if (!PRINT_MARK.test(text)) return false;
  const print = eventDateLine(text);
  return print?.issuer != null && isIssuerName(text.slice(print.issuer.from, print.issuer.to));
}

/** A signature's date line: a full date, or a year and month only (2024年5月). */
function isSignatureDate(text: string): boolean {
  return dateLine(text) !== null || monthLine(text) !== null;
}

/**
 * A signature on one line: the issuer, spaces, the date or the year and month (某市人民政府办公室　　2024年4月3日), as PDF
 * text and pages padded to the right set it; not the print line (…印发), which is the 版记's.
 */
function isOneLineSignature(text: string): boolean {
  const t = text.replace(PRINT_CREDITS, '');
  // Note: a table's last row may hold a unit and a date in cells; a signature is set apart by spaces only.
  if (PRINT_MARK.test(t) || /[\t|｜]/.test(t)) return false;
  const full = eventDateLine(t);
  if (full?.issuer) return isIssuerName(t.slice(full.issuer.from, full.issuer.to));
  const month = monthSignatureLine(t);
  return month !== null && isIssuerName(t.slice(month.issuer.from, month.issuer.to));
}

/**
 * The first line of the joint issuers that sign above a signature's last issuer line, each line right under the one
 * before (GB/T 9704 sets joint 发文机关 one or two to a line above the date); `undefined` when one body signs.
 */
function jointIssuersAbove(content: readonly SourceLine[], k: number): LineSpan | undefined {
  let j = k;
  while (j > 0) {
    const above = content[j - 1] as SourceLine;
    if (above.index !== (content[j] as SourceLine).index - 1 || !isIssuerLine(above.text)) break;
    j--;
  }
  return j < k ? trimmed(content[j] as SourceLine) : undefined;
}

/**
 * Read the metadata lines of a stretch of a file: the issuing body alone on a
 * line, the date line (the one right after the issuer wins: that is the
 * signature), the document number and the index number.
 *
 * @param lines The file's lines.
 * @param from First line to read.
 * @param to Line after the last.
 * @returns What was found, each with its place.
 */
export function readMetaLines(lines: readonly SourceLine[], from: number, to: number): FoundMeta {
  const found: FoundMeta = {};
  const content: SourceLine[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line && line.text.trim() !== '' && !isDebris(line.text)) content.push(line);
  }
  content.forEach((line, k) => {
    const text = line.text;
    const date = dateLine(text);
    const previous = content[k - 1];
    if (date && (!found.date || (previous && isIssuerLine(previous.text)))) {
      found.date = { iso: date.iso, span: { line: line.index, from: date.from, to: date.to } };
    }
    const month = date ? null : monthLine(text);
    if (month && (!found.month || (previous && isIssuerLine(previous.text)))) {
      found.month = { year: month.year, span: { line: line.index, from: month.from, to: month.to } };
    }
    const signedMonth = date || month ? null : monthSignatureLine(text);
    if (signedMonth && isIssuerName(text.slice(signedMonth.issuer.from, signedMonth.issuer.to))) {
      found.issuer ??= { line: line.index, ...signedMonth.issuer };
      found.month ??= { year: signedMonth.year, span: { line: line.index, from: signedMonth.from, to: signedMonth.to } };
    }
    if (isIssuerLine(text)) {
      const next = content[k + 1];
      // The signature (issuer then date) beats an issuer named elsewhere.
      if (!found.issuer || (next && isSignatureDate(next.text))) {
        found.issuer = trimmed(line);
        const first = next && isSignatureDate(next.text) ? jointIssuersAbove(content, k) : undefined;
        if (first) found.issuerFirst = first;
        else delete found.issuerFirst;
      }
    }
    // A one-line signature names the issuer and the date when no signature did; the print line
    // (山东省人民政府办公厅2019年3月15日印发) is kept apart, as a fallback after the notice's signature.
    const print = eventDateLine(text.replace(PRINT_CREDITS, ''));
    if (print?.issuer && isIssuerName(text.slice(print.issuer.from, print.issuer.to))) {
      const issuer = { line: line.index, ...print.issuer };
      const date = { iso: print.iso, span: { line: line.index, from: print.from, to: print.to } };
      if (PRINT_MARK.test(text.replace(PRINT_CREDITS, ''))) found.printed ??= { issuer, date };
      else {
        found.issuer ??= issuer;
        found.date ??= date;
      }
    }
    const docNumber = text.trim().length <= 40 ? ownDocNumber(text) : null;
    if (docNumber && !found.docNumber) {
      found.docNumber = { line: line.index, from: docNumber.from, to: docNumber.to };
      // Note: the date that shares the number's line (某办发〔2024〕15号　2024年4月8日, （2024年3月5日　某府发〔2024〕3号）)
      // is the document's; a signature under an issuer further down still wins. A page's publication date there is not.
      const beside = /发布|公布|公开/.test(text) ? null : findDate(text);
      if (beside && (beside.to <= docNumber.from || beside.from >= docNumber.to)) found.date ??= { iso: beside.iso, span: { line: line.index, from: beside.from, to: beside.to } };
    }
    const index = indexNumberIn(text);
    if (index && !found.indexNumber) found.indexNumber = { line: line.index, ...index };
  });
  return found;
}

/**
 * Where a plan's content ends: before a closing signature block (issuer and
 * date) and any debris after it.
 *
 * @param lines The file's lines.
 * @param from First content line of the plan.
 * @param to Line after the plan's last line.
 * @returns The line after the last line of content.
 */
export function contentEnd(lines: readonly SourceLine[], from: number, to: number): number {
  const end = signatureStart(lines, from, signatureBeforeTrailer(lines, from, to) ?? to);
  return end < to ? attachmentNoteStart(lines, from, end) : end;
}

/**
 * The line of the note that lists a document's attachments above its signature (GB/T 9704: 附件：1．… then 2．… on
 * the lines below), so that its numbered names are no items of the text; `end` when the text above the signature
 * does not end with one.
 */
function attachmentNoteStart(lines: readonly SourceLine[], from: number, end: number): number {
  let k = end - 1;
  let listed = 0;
  while (k > from) {
    const text = lines[k]?.text.trim() ?? '';
    if (text === '') {
      k--;
      continue;
    }
    if (/^附\s*件\s*[:：]/.test(text)) return listed > 0 || text.length > 4 ? k : end;
    if (!recogniseLabel(text) || text.length > 80 || /[。；;]$/.test(text) || listed >= 12) return end;
    listed++;
    k--;
  }
  return end;
}

// A file offered for download under a page's article: its name ends in the extension of a document, a sheet or an archive.
const FILE_NAME = /\.(?:docx?|wps|pdf|ofd|xlsx?|et|zip|rar|jpg|png)\s*(?:[(（][^()（）]{1,12}[)）])?$/i;

/** Lines after a signature that may be a page's trailer (links, credits, buttons) rather than text. */
const MAX_TRAILER = 6;

/**
 * The line after a signature (an issuer line, then its date) followed only by a few short lines that are no text of
 * the document: a web page's trailer under an article (相关链接, 上一篇, 责任编辑, 分享) in words no list can hold.
 * Text after a signature is never the document's own: its attachments start parts of their own, and the 版记
 * (抄送, 印发) is read as such. A line that reads as text (a numbered item, a sentence) keeps the signature where it is.
 *
 * @returns The line after the signature's date, or `null` when the part does not end that way.
 */
function signatureBeforeTrailer(lines: readonly SourceLine[], from: number, to: number): number | null {
  let seen = 0;
  for (let k = to - 1; k > from && seen <= MAX_TRAILER; k--) {
    const text = lines[k]?.text.trim() ?? '';
    if (text === '') continue;
    if (isOneLineSignature(text)) return seen > 0 ? k + 1 : null;
    if (isSignatureDate(text)) {
      let above = k - 1;
      while (above > from && (lines[above]?.text.trim() ?? '') === '') above--;
      return seen > 0 && isIssuerLine(lines[above]?.text ?? '') ? k + 1 : null;
    }
    // Note: a download link names a file (1.某某表.docx), numbered or not; it is never text of the document. A row of
    // cells (tabs, bars) is a table's, which may follow the signature untitled: text too.
    if (/[\t|｜]/.test(text)) return null;
    if (!FILE_NAME.test(text) && (text.length > 60 || recogniseLabel(text) || /[。；;！!？?]$/.test(text))) return null;
    seen++;
  }
  return null;
}

function signatureStart(lines: readonly SourceLine[], from: number, to: number): number {
  let end = to;
  const skip = (): void => {
    while (end > from && ((lines[end - 1]?.text.trim() ?? '') === '' || isDebris(lines[end - 1]?.text ?? '') || isColophon(lines[end - 1]?.text ?? '') || isPageFieldsLine(lines[end - 1] as SourceLine))) end--;
  };
  skip();
  if (end > from && isSignatureDate(lines[end - 1]?.text ?? '')) {
    const dateAt = end - 1;
    end--;
    skip();
    // Note: joint issuers sign on one line apart by spaces, or on lines of their own above the date.
    if (end > from && isIssuerLine(lines[end - 1]?.text ?? '')) {
      while (end > from && isIssuerLine(lines[end - 1]?.text ?? '')) {
        end--;
        skip();
      }
    } else {
      // Note: a date alone under the text is its signing date when the text above it ends (the issuer signs in the
      // header instead, or is left out of a web page's copy); a date inside running text is no signature.
      const above = lines[end - 1]?.text.trim() ?? '';
      if (!/[。！？.!?；;]$|[)）]$/.test(above)) end = dateAt + 1;
    }
  } else if (end > from && isOneLineSignature(lines[end - 1]?.text ?? '')) {
    end--;
    skip();
    // Note: joint issuers may sign on lines of their own above the one that carries the date.
    while (end > from && isIssuerLine(lines[end - 1]?.text ?? '')) {
      end--;
      skip();
    }
  } else if (end > from && isOrgLine(lines[end - 1]?.text ?? '') && !cellTableLines(lines)?.[end - 1]) {
    // Note: a unit's name closing a task table set one cell a line (…/ 市城管局 / 市公安局) is its last row's unit cell, no
    // signature.
    end--;
    skip();
  }
  return end;
}
