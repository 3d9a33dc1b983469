/** The semantic names components use for styling; a theme maps each to a style. */
export const TOKEN_NAMES = [
  'text.normal',
  'text.muted',
  'text.strong',
  'text.accent',
  'text.error',
  'border.normal',
  'border.focus',
  'header.background',
  'header.text',
  'health.up',
  'health.degraded',
  'health.down',
  'health.unknown',
  'level.ok',
  'level.warning',
  'level.critical',
  'severity.critical',
  'severity.high',
  'severity.medium',
  'severity.low',
  'sla.ok',
  'sla.near',
  'sla.breached',
  'feed.live',
  'feed.stale',
  'feed.down',
  'feed.connecting',
  'banner.drill',
  'banner.criteria',
  'selection',
  'key',
  'deploy',
] as const;

/** One semantic token name. */
export type TokenName = (typeof TOKEN_NAMES)[number];

/** What a token resolves to: colours are already concrete (hex or an ANSI name). */
export type Style = {
  readonly color?: string;
  readonly backgroundColor?: string;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  readonly underline?: boolean;
};

/** A theme ready for components: every token resolved. */
export type Theme = {
  readonly name: string;
  readonly styles: Readonly<Record<TokenName, Style>>;
};
