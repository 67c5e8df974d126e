// Independent JavaScript reference for docs/formulas.md §7 (the leads funnel behind CAC, and the cost to
// serve): written from the spec alone, independent of the Rust code under src/, so the e2e
// tests can compare the app's data-metric figures with it. Node 20, ES module, no dependencies.
// Shares and rates come back as fractions; an absent figure is the string 'none'.
import { reference } from '../reference.mjs';

export const COSTS_DEFAULTS = {
  leads: 2000, to_mql: 25, to_sl: 40, to_sql: 50, to_customer: 20,
  marketing_spend: 10000, sales_spend: 8000,
  staffing: 'utilisation', agent_cost: 4000, agent_hours: 8, agent_days: 22, utilisation: 75,
  aht: 360, contacts_hour: 20, sl_target: 80, sl_seconds: 20, shrinkage: 30,
  public_share: 10, answer_cost: 40, answer_reach: 200, contacts_per_customer: 0.5, other_serve_cost: 12,
  bad_experience: 2, leave_after_bad: 32, sla_miss: 5, sla_penalty: 20,
};

const ratio = (num, den) => (den > 0 ? num / den : 'none');

/**
 * Erlang C probability of waiting with N agents and A Erlangs of traffic, computed from Poisson
 * probabilities e^(−A)·Aᵏ/k! in log space (log k! by summing logs; log-sum-exp), NOT by the
 * Erlang B recurrence of §7. Finite for A in the hundreds. Requires N > A.
 */
export function erlangC(N, A) {
  if (!(N > A)) return 1;
  if (A <= 0) return 0;
  const logA = Math.log(A);
  const logs = []; // log(Aᵏ/k!) for k = 0 … N−1
  let logFact = 0;
  for (let k = 0; k < N; k++) {
    if (k > 0) logFact += Math.log(k);
    logs.push(k * logA - logFact);
  }
  const logTop = N * logA - (logFact + Math.log(N)) + Math.log(N / (N - A)); // log(Aᴺ/N!·N/(N−A))
  const m = Math.max(logTop, ...logs);
  const below = logs.reduce((s, l) => s + Math.exp(l - m), 0);
  const top = Math.exp(logTop - m);
  return top / (below + top);
}

/** Service level, ASA (seconds) and occupancy with N agents on duty. */
export function serviceAt(N, lambda, aht, seconds) {
  const A = (lambda * aht) / 3600;
  const ec = erlangC(N, A);
  return {
    traffic: A,
    wait: ec,
    service_level: 1 - ec * Math.exp((-(N - A) * seconds) / aht),
    answer_speed: (ec * aht) / (N - A),
    occupancy: A / N,
  };
}

/** Smallest whole N > A whose service level reaches the target (a fraction). */
export function agentsFor(lambda, aht, target, seconds) {
  const A = (lambda * aht) / 3600;
  let N = Math.floor(A) + 1;
  while (serviceAt(N, lambda, aht, seconds).service_level < target - 1e-12 && N < A + 100000) N++;
  return N;
}

export function costsReference(econ, c, base) {
  const pct = (x) => Number(x) / 100;
  const out = {};

  // §7 funnel
  const mql = c.leads * pct(c.to_mql);
  const sl = mql * pct(c.to_sl);
  const sql = sl * pct(c.to_sql);
  const won = sql * pct(c.to_customer);
  const spend = c.marketing_spend + c.sales_spend;
  out.funnel_customers = won;
  out.funnel_cac = ratio(spend, won);
  out.cost_per_lead = ratio(c.marketing_spend, c.leads);
  out.cost_per_mql = ratio(c.marketing_spend, mql);
  out.cost_per_sql = ratio(spend, sql);
  out.leads_never_buy = c.leads > 0 ? 1 - won / c.leads : 'none';

  // §7 contact centre, the seed's way (assumed utilisation)
  const W = c.agent_cost;
  const perDay = (3600 * c.agent_hours * pct(c.utilisation)) / c.aht;
  const perMonth = perDay * c.agent_days;
  out.contacts_per_agent_day = perDay;
  out.contacts_per_agent_month = perMonth;

  // §7 staffed to a service level (Erlang C)
  const lambda = c.contacts_hour;
  let rosteredCost = 'none';
  if (lambda > 0 && c.aht > 0) {
    const N = agentsFor(lambda, c.aht, pct(c.sl_target), c.sl_seconds);
    const s = serviceAt(N, lambda, c.aht, c.sl_seconds);
    const rostered = Math.ceil(N / (1 - pct(c.shrinkage)) - 1e-9);
    Object.assign(out, {
      agents_needed: N, agents_rostered: rostered,
      service_level: s.service_level, answer_speed: s.answer_speed, occupancy: s.occupancy,
    });
    rosteredCost = ratio(rostered * W, lambda * c.agent_hours * c.agent_days);
  }
  const centre = c.staffing === 'service_level' ? rosteredCost : ratio(W, perMonth);
  out.cost_per_contact = centre;

  // one-to-many public channel, blend, quality and SLAs
  const share = pct(c.public_share);
  const pub = c.answer_cost / c.answer_reach;
  out.public_cost_per_contact = pub;
  out.sla_cost = pct(c.sla_miss) * c.sla_penalty;
  if (centre === 'none') {
    out.blended_cost_per_contact = 'none';
    out.serve_cost_derived = 'none';
  } else {
    const blended = (1 - share) * centre + share * pub;
    out.blended_cost_per_contact = blended;
    out.serve_cost_derived = c.contacts_per_customer * blended + c.other_serve_cost + out.sla_cost;
  }
  const qBad = pct(c.bad_experience) * pct(c.leave_after_bad);
  out.churn_bad = qBad;
  const clv = (retentionPct) => reference({ ...econ, retention: retentionPct }).clv;
  out.value_at_stake = clv(econ.retention) - clv(econ.retention - 100 * qBad);
  out.value_at_stake_base = out.value_at_stake * base;
  return out;
}
