/** Effects of the incident: status updates and their delivery, quick commands, webhooks, clipboard, secrets. */
export * from './clipboard.js';
export * from './commands/prepare.js';
export * from './commands/record.js';
export * from './commands/run.js';
export * from './commands/shell-quote.js';
export * from './delivery/deliver.js';
export * from './delivery/outbox.js';
export * from './delivery/payload.js';
export * from './delivery/pending.js';
export * from './delivery/post-update.js';
export * from './delivery/targets.js';
export * from './http.js';
export * from './render-update.js';
export * from './secrets.js';
export * from './time-values.js';
export * from './url-source.js';
export * from './webhooks.js';
