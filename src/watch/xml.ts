/**
 * XML for feeds and sitemaps. linkedom's XML parser (htmlparser2) is lenient: it never fails, it closes
 * what a truncated or mis-nested file leaves open, and so it would turn half a `<link>` into a URL. So a
 * linear scan first finds the first structural error; a broken feed is then read only up to its last
 * complete item before the error, and the error is reported (as feedparser's "bozo" feeds are).
 */
import { DOMParser } from 'linkedom';

/** The few DOM members used here (linkedom ships no DOM typings under our `lib`). */
export interface XmlElement {
  /** Qualified name as written (`dc:date`, `content:encoded`). */
  tagName: string;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

export interface XmlProblem {
  /** UTF-16 offset in the text where the structure broke. */
  offset: number;
  reason: string;
}

const NAME_RE = /^[A-Za-z_][\w.:-]*/;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The first structural error of an XML text: a tag never closed, closed in the wrong order, cut off,
 * content after the root, or no root at all. Entity errors (a bare `&` in a title, common in real feeds)
 * are not structural and are left to the lenient parser.
 */
export function findXmlProblem(text: string): XmlProblem | null {
  const stack: string[] = [];
  let rootClosed = false;
  let sawRoot = false;
  let pos = 0;
  const problem = (offset: number, reason: string): XmlProblem => ({ offset, reason: `line ${lineOf(text, offset)}: ${reason}` });
  for (;;) {
    const lt = text.indexOf('<', pos);
    const textRun = text.slice(pos, lt === -1 ? text.length : lt);
    if (textRun.trim() && (stack.length === 0)) {
      return problem(pos + textRun.search(/\S/), rootClosed ? 'text after the root element' : 'text outside the root element');
    }
    if (lt === -1) break;
    let end: number;
    if (text.startsWith('<!--', lt)) {
      end = text.indexOf('-->', lt + 4);
      if (end === -1) return problem(lt, 'comment never closed');
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      end = text.indexOf(']]>', lt + 9);
      if (end === -1) return problem(lt, 'CDATA section never closed');
      if (stack.length === 0) return problem(lt, 'CDATA outside the root element');
      pos = end + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      end = text.indexOf('?>', lt + 2);
      if (end === -1) return problem(lt, 'processing instruction never closed');
      pos = end + 2;
      continue;
    }
    if (text.startsWith('<!', lt)) {
      // DOCTYPE, possibly with an internal subset in brackets
      const bracket = text.indexOf('[', lt);
      const close = text.indexOf('>', lt);
      if (close === -1) return problem(lt, 'declaration never closed');
      end = bracket !== -1 && bracket < close ? text.indexOf(']>', bracket) + 1 : close;
      if (end === 0) return problem(lt, 'declaration never closed');
      pos = end + 1;
      continue;
    }
    const closing = text[lt + 1] === '/';
    const nameMatch = NAME_RE.exec(text.slice(lt + (closing ? 2 : 1), lt + (closing ? 2 : 1) + 256));
    if (!nameMatch) return problem(lt, 'a "<" that starts no tag');
    const name = nameMatch[0];
    end = tagEnd(text, lt + 1);
    if (end === -1) return problem(lt, `tag <${closing ? '/' : ''}${name}> cut off`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) {
        return problem(lt, open === undefined ? `</${name}> closes nothing` : `</${name}> where </${open}> was expected`);
      }
      if (stack.length === 0) rootClosed = true;
    } else {
      if (rootClosed) return problem(lt, `<${name}> after the root element`);
      sawRoot = true;
      if (text[end - 1] !== '/') stack.push(name);
      else if (stack.length === 0) rootClosed = true;
    }
    pos = end + 1;
  }
  if (stack.length) return problem(text.length, `cut off: <${stack[stack.length - 1]}> never closed`);
  if (!sawRoot) return problem(0, 'no XML element');
  return null;
}

/** Index of the `>` ending a tag that starts at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') return -1;
  }
  return -1;
}

/** Parse (leniently) an XML text; the root element, or null if there is none. */
export function parseXml(text: string): XmlElement | null {
  try {
    const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as { documentElement: XmlElement | null };
    return doc.documentElement ?? null;
  } catch {
    return null;
  }
}

/** Local name, lower-cased, without namespace prefix: `dc:date` → `date`, `Atom:Link` → `link`. */
export function localName(el: XmlElement): string {
  const n = el.tagName;
  const colon = n.indexOf(':');
  return (colon === -1 ? n : n.slice(colon + 1)).toLowerCase();
}

/** Namespace prefix as written, lower-cased (`dc`, `news`), or ''. */
export function prefixOf(el: XmlElement): string {
  const n = el.tagName;
  const colon = n.indexOf(':');
  return colon === -1 ? '' : n.slice(0, colon).toLowerCase();
}

export function childElements(el: XmlElement): XmlElement[] {
  return Array.from(el.children);
}

/** Direct children with this local name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return childElements(el).filter((c) => localName(c) === name);
}

/** Trimmed text of the first direct child with one of these local names (tried in order), or null. */
export function childText(el: XmlElement, ...names: string[]): string | null {
  const kids = childElements(el);
  for (const name of names) {
    for (const c of kids) {
      if (localName(c) !== name) continue;
      const t = (c.textContent ?? '').trim();
      if (t) return t;
    }
  }
  return null;
}
