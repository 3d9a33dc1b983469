/** Everything above the main area: the band, the incident's clocks and roles, banners, a notice. */
import { Box } from 'ink';
import { type ReactNode, useRef } from 'react';
import { suggestFromEvidence } from '../../app/commands.js';
import type { FiringAlert } from '../../feeds/alert-book.js';
import type { CriteriaEvidence } from '../../feeds/store.js';
import { suggestFromAlerts } from '../../incident/alert-severity.js';
import type { Profile } from '../../incident/profile-schema.js';
import type { useIncident } from '../hooks/use-incident.js';
import type { UiState } from '../state.js';
import { T } from '../theme-context.js';
import { fit } from '../view/format.js';
import { AlertsLine } from './AlertsLine.js';
import { ClockStrip } from './ClockStrip.js';
import { CriteriaBanner } from './CriteriaBanner.js';
import { Header } from './Header.js';
import { IncidentBand } from './IncidentBand.js';
import { RolesLine } from './RolesLine.js';

/** Props for the top lines; `children` receives how many lines they took. */
export type TopLinesProps = {
  readonly width: number;
  readonly source: string;
  readonly now: number;
  readonly incident: ReturnType<typeof useIncident>;
  readonly warnings: readonly string[];
  readonly evidence: readonly CriteriaEvidence[];
  /** Alerts firing now; they suggest declaring only while no incident is open. */
  readonly alerts?: readonly FiringAlert[];
  readonly notice: UiState['notice'];
  readonly profile: Profile;
  /** The strongest pattern hint, one line. */
  readonly hint?: string | undefined;
  /** The drill banner, when a drill runs. */
  readonly drillLine?: string | undefined;
  readonly children: (height: number) => ReactNode;
};

/** How long a notice stays: a few seconds, longer for something that went wrong. */
export const NOTICE_MS = 6000;
/** How long an error notice stays. */
export const ERROR_NOTICE_MS = 20_000;

/** The notice while it is fresh: each new notice is timed from the first frame that shows it. */
function useFreshNotice(notice: UiState['notice'], now: number): UiState['notice'] {
  const seen = useRef<{ notice: UiState['notice']; at: number }>({ notice: undefined, at: now });
  if (seen.current.notice !== notice) seen.current = { notice, at: now };
  if (!notice) return undefined;
  return now - seen.current.at < (notice.error ? ERROR_NOTICE_MS : NOTICE_MS) ? notice : undefined;
}

type Notice = NonNullable<UiState['notice']>;

/** The notice's mark: ✖ failed, ▲ partly or with a warning, ◌ still under way, ✔ only a full success. */
export function noticeMark(n: Notice): string {
  return n.error ? '✖' : n.warn ? '▲' : n.busy ? '◌' : '✔';
}

function noticeToken(n: Notice): 'text.error' | 'sla.near' | 'text.normal' | 'text.accent' {
  return n.error ? 'text.error' : n.warn ? 'sla.near' : n.busy ? 'text.normal' : 'text.accent';
}

/** Counts its own lines so the main area gets exactly what is left. */
export function TopLines(p: TopLinesProps) {
  const notice = useFreshNotice(p.notice, p.now);
  const { state, severity, clocks, upgrades, roles } = p.incident;
  const declared = state.declared;
  const upgrade = upgrades[0];
  const extra = upgrade ? `▲ suggest ${upgrade.to}: ${upgrade.rule}` : undefined;
  const lines =
    1 +
    (p.drillLine ? 1 : 0) +
    (p.hint ? 1 : 0) +
    (declared ? 2 : 0) +
    (p.warnings.length ? 1 : 0) +
    (p.evidence.length ? 1 : 0) +
    (p.alerts?.length ? 1 : 0) +
    (notice ? 1 : 0);
  const open = declared && state.status !== 'resolved';
  const fromAlert = !open && p.alerts?.length ? suggestFromAlerts(p.profile, p.alerts) : null;
  const suggested = suggestFromEvidence(p.profile, p.evidence);
  const suggestion = p.evidence.length
    ? `d to declare${suggested ? ` ${suggested.severity}` : ''}`
    : undefined;
  return (
    <>
      {declared ? (
        <IncidentBand
          width={p.width}
          severity={state.severity}
          severityLabel={severity?.label ?? ''}
          colour={severity?.colour ?? 'high'}
          id={state.id}
          title={state.title}
          status={state.status}
          startedAt={state.declaredAt}
          now={p.now}
          drill={state.drill}
          source={p.source}
        />
      ) : (
        <Header width={p.width} source={p.source} now={p.now} />
      )}
      {p.drillLine ? <T t="banner.drill">{fit(p.drillLine, p.width)}</T> : null}
      {declared ? <ClockStrip clocks={clocks} width={p.width} {...(extra ? { extra } : {})} /> : null}
      {declared ? (
        <Box height={1} width={p.width} overflow="hidden">
          <RolesLine roles={roles} width={p.width} />
        </Box>
      ) : null}
      {p.hint ? <T t="text.accent">{fit(` ${p.hint}`, p.width)}</T> : null}
      {p.warnings.length ? <T t="text.error">{fit(` ${p.warnings.join(' · ')}`, p.width)}</T> : null}
      {p.evidence.length ? (
        <CriteriaBanner evidence={p.evidence} width={p.width} {...(suggestion ? { hint: suggestion } : {})} />
      ) : null}
      {p.alerts?.length ? (
        <AlertsLine
          alerts={p.alerts}
          width={p.width}
          now={p.now}
          suggestion={fromAlert ? { severity: fromAlert.severity, name: fromAlert.alert.name } : undefined}
        />
      ) : null}
      {notice ? (
        <T t={noticeToken(notice)}>{fit(` ${noticeMark(notice)} ${notice.text}`, p.width)}</T>
      ) : null}
      {p.children(lines)}
    </>
  );
}
