/** The webhook flow: pick, show exactly what is sent and where (never the URL), confirm, fire. */
import { prepareWebhook } from '../actions/webhooks.js';
import type { CommandId } from '../keys/bindings.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction } from '../ui/state.js';
import { busy, type FlowDeps, note, open, replace, values } from './flow-kit.js';

/** Starts the webhook picker; undefined when the key is not its. */
export function startWebhookFlow(id: CommandId, deps: FlowDeps): UiAction[] | undefined {
  const { profile, actions } = deps;
  switch (id) {
    case 'webhooks.palette': {
      if (profile.webhooks.length === 0) return note('the profile has no webhooks', true);
      const options = profile.webhooks.map((w) => {
        const p = prepareWebhook(w, values(deps), actions.options.config, actions.options.env);
        return { id: w.id, label: w.label, hint: p.problem ? `✖ ${p.problem}` : p.display };
      });
      return open({ kind: 'picker', purpose: 'webhook-pick', label: 'Webhooks', options, index: 0 });
    }
    default:
      return undefined;
  }
}

/** Finishes one of the webhook flow's modals; undefined when the modal is someone else's. */
export function finishWebhookFlow(modal: Modal, value: string, deps: FlowDeps): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  const data = modal.data ?? {};
  const { profile, actions } = deps;
  switch (modal.purpose) {
    case 'webhook-pick':
    case 'webhook-field': {
      // As in the command flow: values are taken once, at the pick, and what is missing is asked for.
      const id = modal.purpose === 'webhook-pick' ? value : (data.id ?? '');
      const w = profile.webhooks.find((x) => x.id === id);
      if (!w) return [{ type: 'modal/close' }];
      const vals: Record<string, string> = data.vals ? JSON.parse(data.vals) : values(deps);
      if (modal.purpose === 'webhook-field' && data.field) vals[data.field] = value;
      const p = prepareWebhook(w, vals, actions.options.config, actions.options.env);
      const missing = p.missing[0];
      if (missing)
        return replace({
          kind: 'prompt',
          purpose: 'webhook-field',
          label: `${w.label}: value for {${missing}}?`,
          value: '',
          data: { id: w.id, field: missing, vals: JSON.stringify(vals) },
        });
      if (p.problem && !actions.dryRun)
        return [{ type: 'modal/close' }, ...note(`${w.label}: ${p.problem}`, true)];
      const lines = [
        `Send "${w.label}"?`,
        p.display,
        ...(p.body ? [p.body.slice(0, 200)] : []),
        ...(actions.dryRun ? ['DRILL: a dry run, nothing is sent'] : []),
      ];
      if (p.confirmation.kind === 'type-back') {
        return replace({
          kind: 'confirm',
          purpose: 'webhook-fire',
          label: [...lines, `Type ${p.confirmation.expect} to send it.`].join('\n'),
          value: '',
          typeBack: p.confirmation.expect,
          data: { id: w.id, vals: JSON.stringify(vals) },
        });
      }
      return replace({
        kind: 'confirm',
        purpose: 'webhook-fire',
        label: lines.join('\n'),
        value: '',
        data: { id: w.id, vals: JSON.stringify(vals) },
      });
    }
    case 'webhook-fire': {
      const w = profile.webhooks.find((x) => x.id === data.id);
      if (!w) return [{ type: 'modal/close' }];
      const confirmed =
        modal.kind === 'confirm' && modal.typeBack !== undefined ? { typed: value } : { yes: true };
      void actions.fire(w, JSON.parse(data.vals ?? '{}'), confirmed).then(
        (line) => deps.notify({ type: 'notice', text: line }),
        (e: unknown) =>
          deps.notify({ type: 'notice', text: `${w.label}: ${(e as Error).message}`, error: true }),
      );
      return [{ type: 'modal/close' }, ...busy(`sending ${w.label}…`)];
    }
    default:
      return undefined;
  }
}
