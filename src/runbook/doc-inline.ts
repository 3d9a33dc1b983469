/** marked inline tokens to styled segments. */
import type { Token, Tokens } from 'marked';
import type { Segment, SegmentStyle } from './doc-types.js';

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Flattens inline tokens into segments; `base` is the style of plain text here. */
export function inlineSegments(tokens: readonly Token[] | undefined, base: SegmentStyle = 'text'): Segment[] {
  const out: Segment[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inlineSegments((t as Tokens.Strong).tokens, base === 'text' ? 'bold' : base));
        break;
      case 'em':
      case 'del':
        out.push(...inlineSegments((t as Tokens.Em).tokens, base));
        break;
      case 'codespan':
        out.push({ text: decode((t as Tokens.Codespan).text), style: 'code' });
        break;
      case 'link':
        out.push(...inlineSegments((t as Tokens.Link).tokens, 'link'));
        break;
      case 'br':
        out.push({ text: ' ', style: base });
        break;
      case 'html':
        out.push({ text: decode(t.raw.replace(/<[^>]+>/g, '')), style: 'muted' });
        break;
      case 'text':
      case 'escape': {
        const inner = (t as Tokens.Text).tokens;
        if (inner && inner.length > 0) out.push(...inlineSegments(inner, base));
        else out.push({ text: decode((t as Tokens.Text).text.replace(/\n/g, ' ')), style: base });
        break;
      }
      default:
        if ('text' in t && typeof t.text === 'string') out.push({ text: decode(t.text), style: base });
    }
  }
  return out.filter((s) => s.text.length > 0);
}
