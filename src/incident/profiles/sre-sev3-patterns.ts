/** Common scenarios from the SRE guide (seed 002), reworded. */
import type { Profile } from '../profile-schema.js';

/** Error spike, auth failures, slowdowns and dependency failures. */
export const srePatterns: Profile['patterns'] = [
  {
    id: 'error-spike', name: 'Error rate spike', symptoms: ['sudden rise in 5xx', 'PagerDuty alert'],
    actions: ['Look at deploys from the last 2 h', 'Check the database and external APIs', 'Look for odd traffic (DDoS, spike)', 'Read the error logs for a pattern'],
    causes: ['bad deploy (roll it back)', 'database connections used up', 'upstream failure', 'rate limit set wrong'],
    commands: ['gateway-health'], section: 'Scenario: Error Rate Spike',
  },
  {
    id: 'auth-failures', name: 'Logins failing', symptoms: ['more 401/403 responses', 'customers cannot sign in'],
    actions: ['Check the auth service', 'Make sure tokens still validate', 'Look for recent auth config changes', 'Check the API key store is reachable'],
    causes: ['signing key rotation', 'cache invalidation', 'auth service overloaded', 'DNS trouble for auth endpoints'],
    commands: [], section: 'Scenario: Authentication Failures',
  },
  {
    id: 'slow', name: 'Getting slower', symptoms: ['p95 latency climbing', 'customers report timeouts'],
    actions: ['Check query performance', 'Check for an exhausted connection pool', 'Look for N+1 queries in recent changes', 'Check CPU and memory contention'],
    causes: ['new slow query', 'missing index', 'memory leak and GC pressure', 'a background job eating resources'],
    commands: [], section: 'Scenario: Performance Degradation',
  },
  {
    id: 'dependency', name: 'Dependency failing', symptoms: ['one area broken', '502/503 responses', 'certain operations time out'],
    actions: ['Find which dependency', 'Read its status page', 'Check the circuit breaker', 'Work out how far the impact reaches'],
    causes: ['third-party outage', 'network problem', 'expired certificate', 'the dependency rate-limits us'],
    commands: [], section: 'Scenario: Dependency Failure',
  },
];
