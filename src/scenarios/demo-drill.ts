/** The demo scenario as a drill: the same feed with a briefing, injects and an expected call. */
import { demoScenario } from './demo.js';
import type { Drill } from './drill.js';
import { min } from './types.js';

/** The demo drill; its fixture is the committed fixtures/demo.jsonl. */
export const demoDrill: Drill = {
  scenario: demoScenario,
  drill: {
    briefing:
      'An ordinary weekday afternoon with the usual deploys going out. You are on call for checkout and ' +
      'payments. Watch the board, decide whether and when to declare, and find what changed.',
    speedHint: 10,
    injects: [
      { at_ms: min(8), kind: 'deploy', text: '#deployments: payments v2.3.1 rolled out by ci-pipeline' },
      { at_ms: min(12), kind: 'page', text: 'alert: payments error rate above 5%' },
      { at_ms: min(15), kind: 'customer', text: 'customer tickets: checkout failing at the payment step' },
      { at_ms: min(25), kind: 'deploy', text: 'rollback: payments v2.3.0 rolled out by on-call' },
    ],
    severityHint: 'high',
    pattern: 'bad-deploy',
    mitigation: {
      description: 'payments is rolled back to v2.3.0 and its error rate falls below 1%',
      signal: { service: 'payments', metric: 'error-rate', below: 0.01 },
    },
  },
};
