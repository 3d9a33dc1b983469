/** Two lines at the bottom: feed states and traffic, then the keys that work right now. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { type CommandId, type KeyContext, keyLabel } from '../../keys/bindings.js';
import { shownBindings } from '../../keys/read-only.js';
import { T, useStyle } from '../theme-context.js';
import { fit } from '../view/format.js';
import type { Segment } from '../view/feed-summary.js';
import { fitHints, type Hint, outboxHint, rankHints } from '../view/footer-hints.js';

/** Props for the footer. */
export type FooterProps = {
  readonly width: number;
  readonly feeds: readonly Segment[];
  readonly traffic: string;
  readonly contexts: readonly KeyContext[];
  /** Commands the incident calls for now; their keys come first. */
  readonly urgent?: readonly CommandId[];
  /** Deliveries that did not go through; above zero the footer offers `m outbox N`. */
  readonly outbox?: number;
  readonly prompt?: string;
};

/** The hint bar, generated from the key table for the active contexts. */
export function hintText(contexts: readonly KeyContext[]): Hint[] {
  return shownBindings()
    .filter((b) => b.visible && contexts.includes(b.context))
    .map((b) => ({
      id: b.id,
      // Ctrl+C is left out where another key does the same, kept where it is the only key.
      key: b.keys
        .map(keyLabel)
        .filter((k, _, all) => k !== 'Ctrl+C' || all.length === 1)
        .slice(0, 2)
        .join('/'),
      label: b.hint ?? b.description,
    }));
}

/** Props for the hint line. */
type HintBarProps = Pick<FooterProps, 'width' | 'contexts' | 'urgent' | 'outbox'>;

const sameList = <T,>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

// The App hands over new arrays at every repaint; the hints change only with the keys that work.
const sameHints = (a: HintBarProps, b: HintBarProps): boolean =>
  a.width === b.width && a.outbox === b.outbox && sameList(a.contexts, b.contexts) && sameList(a.urgent, b.urgent);

/** The keys that work now, those that matter now first, each hint whole. */
const HintBar = memo(function HintBar({ width, contexts, urgent, outbox = 0 }: HintBarProps) {
  const muted = useStyle('text.muted');
  // m works wherever the incident's keys do; the panel itself is one key (m) away from any of them.
  const extra = contexts.includes('incident') ? outboxHint(outbox) : [];
  const hints = fitHints(rankHints([...hintText(contexts), ...extra], urgent ?? []), width);
  return (
    <Text wrap="truncate">
      {hints.map((h) => (
        <Text key={h.key + h.label}>
          {' '}
          <T t="key">{h.key}</T>
          <Text {...muted}>{` ${h.label} `}</Text>
        </Text>
      ))}
    </Text>
  );
}, sameHints);

const sameSegment = (a: Segment, b: Segment): boolean => a.text === b.text && a.token === b.token;

// Feed states are rebuilt at every repaint; most seconds only the traffic figure moves.
const sameFooter = (a: FooterProps, b: FooterProps): boolean =>
  a.traffic === b.traffic &&
  a.prompt === b.prompt &&
  a.feeds.length === b.feeds.length &&
  a.feeds.every((f, i) => sameSegment(f, b.feeds[i]!)) &&
  sameHints(a, b);

/** The footer: hints that matter now first, each whole; traffic last on its line (it changes every second). */
export const Footer = memo(function Footer({ width, feeds, traffic, contexts, urgent, outbox, prompt }: FooterProps) {
  const muted = useStyle('text.muted');
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Text wrap="truncate">
        {feeds.map((f, i) => (
          <Text key={f.text}>
            {i > 0 ? '  ' : ' '}
            <T t={f.token}>{f.text}</T>
          </Text>
        ))}
        <Text {...muted}>{`  ${traffic}`}</Text>
      </Text>
      {prompt !== undefined ? (
        <Text wrap="truncate">
          <T t="key">{' filter: '}</T>
          {fit(`${prompt}▏`, width - 9)}
        </Text>
      ) : (
        <HintBar width={width} contexts={contexts} {...(urgent ? { urgent } : {})} {...(outbox === undefined ? {} : { outbox })} />
      )}
    </Box>
  );
}, sameFooter);
