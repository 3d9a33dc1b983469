/** The attached runbook laid out for the viewer's width, rebuilt only when the width changes. */
import { useMemo } from 'react';
import { buildRunbookDoc } from '../../runbook/doc.js';
import type { RunbookDoc } from '../../runbook/doc-types.js';
import { layoutRunbook } from '../../runbook/layout.js';
import { searchRunbook } from '../../runbook/search.js';

/** A runbook as given to the app. */
export type RunbookSource = { readonly name: string; readonly text: string };

/** The laid-out document and the lines matching the query. */
export function useRunbook(source: RunbookSource | undefined, width: number, query: string) {
  const doc = useMemo(() => (source ? buildRunbookDoc(source.text) : undefined), [source]);
  const laid: RunbookDoc | undefined = useMemo(
    () => (doc ? layoutRunbook(doc, width) : undefined),
    [doc, width],
  );
  const matches = useMemo(() => (laid ? searchRunbook(laid.lines, query) : []), [laid, query]);
  return { doc: laid, matches };
}
