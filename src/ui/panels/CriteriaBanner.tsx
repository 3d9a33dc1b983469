/** One line that appears when the feeds meet the runbook's condition for declaring an incident. */
import { memo } from 'react';
import type { CriteriaEvidence } from '../../feeds/store.js';
import { T } from '../theme-context.js';
import { evidenceText, fit } from '../view/format.js';

/** Props for the banner. */
export type CriteriaBannerProps = {
  readonly evidence: readonly CriteriaEvidence[];
  readonly width: number;
  readonly hint?: string;
};

/** Names the strongest evidence and how many more; a person decides whether to declare. */
export const CriteriaBanner = memo(function CriteriaBanner({ evidence, width, hint }: CriteriaBannerProps) {
  const first = evidence[0];
  if (!first) return null;
  const more = evidence.length > 1 ? ` (+${evidence.length - 1} more)` : '';
  return (
    <T t="banner.criteria">
      {fit(` ▲ CRITERIA MET ${evidenceText(first)}${more}${hint ? ` · ${hint}` : ''}`, width)}
    </T>
  );
});
