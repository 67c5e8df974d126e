// An independent implementation of docs/formulas.md in JavaScript, and helpers to compare
// it with the figures the app shows (data-metric, data-value).
import assert from 'node:assert/strict';

/** formulas.md §1–2 from the user's inputs (percentages as percent). */
export function reference({ period = 'month', revenue, margin, serve_cost, retention, discount, cac, horizon = 0, timing }) {
  const k = period === 'month' ? 12 : 1;
  const pi = (margin / 100) * revenue - serve_cost;
  const r = retention / 100;
  const d = Math.pow(1 + discount / 100, 1 / k) - 1;
  const rho = r / (1 + d);
  const payments = [];
  const first = timing === 'upfront' ? 0 : 1;
  const last = horizon > 0 ? (timing === 'upfront' ? horizon - 1 : horizon) : 20000;
  let clv = 0;
  for (let t = first; t <= last; t++) {
    clv += pi * Math.pow(rho, t);
    payments.push([t, clv]);
  }
  if (!horizon) clv = timing === 'upfront' ? (pi * (1 + d)) / (1 + d - r) : (pi * r) / (1 + d - r);
  const cohort = payments.find(([, cum]) => cum >= cac - 1e-9 * Math.max(cac, 1));
  let lifetime = 0;
  for (let t = 0; t < (horizon || 100000); t++) lifetime += Math.pow(r, t);
  return {
    clv,
    clv_net: clv - cac,
    ltv_cac: cac > 0 ? clv / cac : 'none',
    lifetime,
    payback_simple: pi > 0 ? cac / pi : 'never',
    payback_cohort: cohort ? cohort[0] : 'never',
  };
}

export const DEFAULTS = { period: 'month', revenue: 120, margin: 75, serve_cost: 15, retention: 97, discount: 10, cac: 900, horizon: 0, timing: 'arrears' };

export async function metrics(page) {
  return page.$$eval('[data-metric]', (els) => Object.fromEntries(els.map((e) => [e.dataset.metric, e.dataset.value])));
}

export function assertClose(actual, expected, label) {
  for (const [name, want] of Object.entries(expected)) {
    const got = actual[name];
    if (typeof want === 'string') {
      assert.equal(got, want, `${label}: ${name}`);
    } else {
      const x = Number(got);
      assert.ok(Math.abs(x - want) <= 1e-6 * Math.max(1, Math.abs(want)), `${label}: ${name} = ${got}, expected ${want}`);
    }
  }
}

/** formulas.md §3–4 from the user's inputs, checked against the app's data-values. */
export function switchingReference(econ, sw) {
  const k = econ.period === 'month' ? 12 : 1;
  const R = econ.revenue;
  const d = Math.pow(1 + econ.discount / 100, 1 / k) - 1;
  const point = (sw.point_value / 100) * R * k;
  const ratings = [sw.personal, sw.brand, sw.function_risk, sw.self_image, sw.social_image];
  const sc_financial = sw.benefit_loss + sw.monetary_loss;
  const sc_process = (sw.risk_chance / 100) * sw.risk_loss + sw.eval_hours * sw.hourly_cost
    + sw.learn_people * sw.learn_hours * sw.hourly_cost + sw.setup_cost;
  const sc_emotional = ratings.reduce((sum, r) => sum + (r - 1) * point, 0);
  const total = sc_financial + sc_process + sc_emotional;
  let A = 0;
  for (let t = 1; t <= sw.decision_horizon; t++) A += Math.pow(1 + d, -t);
  const premium = total / A;
  const scale = (sw.advantage / 100) * R * A;
  const q = 1 - econ.retention / 100;
  const q0 = sw.base_churn / 100;
  const churn = (cost) => Math.min(1, q0 + (q - q0) * Math.exp((total - cost) / scale));
  const asked = total * (1 + sw.cost_change / 100);
  const askedChurn = churn(asked);
  const clv_whatif = reference({ ...econ, retention: 100 * (1 - askedChurn) }).clv;
  return {
    switching_cost: total, switching_periods: total / R, premium, premium_pct: premium / R,
    sc_financial, sc_process, sc_emotional,
    churn_free: churn(0), churn_today: q, churn_whatif: askedChurn,
    clv_whatif, clv_change: clv_whatif - reference(econ).clv,
  };
}

