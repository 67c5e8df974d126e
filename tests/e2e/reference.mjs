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


/**
 * formulas.md §6 from the user's inputs, by direct summation where the app uses closed forms:
 * the economics as for `reference`, the business as `{ base, new_customers (0 = steady),
 * plan_years, programme_cost, programme_lift, uplift }` (points as percent).
 */
export function acquisitionReference(econ, biz) {
  const k = econ.period === 'month' ? 12 : 1;
  const r = econ.retention / 100;
  const q = 1 - r;
  const pi = (econ.margin / 100) * econ.revenue - econ.serve_cost;
  const d = Math.pow(1 + econ.discount / 100, 1 / k) - 1;
  const B0 = biz.base;
  const A = biz.new_customers > 0 ? biz.new_customers : B0 * q;
  let factor = 0;
  for (let t = 1; t <= biz.plan_years * k; t++) factor += Math.pow(1 + d, -t);
  const s = biz.programme_cost;
  const lift = biz.programme_lift / 100;
  const saved = s / lift;
  const ra = Math.pow(r, k);
  const rPlus = Math.min(1, Math.pow(ra + biz.uplift / 100, 1 / k));
  const clv = reference(econ).clv;
  const clvPlus = reference({ ...econ, retention: 100 * rPlus }).clv;
  const steady = (x) => (x < 1 ? A / (1 - x) : undefined);
  const profit = (b) => (b === undefined ? undefined : b * pi - A * econ.cac);
  const P = profit(steady(r));
  const PPlus = profit(steady(rPlus));
  const M = (x) => reference({ ...econ, revenue: 1, margin: 100, serve_cost: 0, retention: 100 * x }).clv;
  const out = {
    replace_spend: B0 * q * econ.cac,
    serve_spend: B0 * econ.serve_cost,
    replace_spend_plan: B0 * q * econ.cac * factor,
    serve_spend_plan: B0 * econ.serve_cost * factor,
    cost_per_saved: saved,
    avoided_spend: B0 * lift * econ.cac,
    programme_spend: B0 * s,
    retention_uplifted: rPlus,
    clv_uplifted: clvPlus,
    breakeven_spend: pi * (1 - M(r) / M(rPlus)),
  };
  if (s > 0) out.keep_ratio = econ.cac / saved;
  if (clv > 0) out.clv_uplift = clvPlus / clv - 1;
  if (steady(r) !== undefined) Object.assign(out, { steady_base: steady(r), steady_profit: P });
  if (steady(rPlus) !== undefined) Object.assign(out, { steady_base_uplifted: steady(rPlus), steady_profit_uplifted: PPlus });
  if (P > 0 && PPlus !== undefined) out.profit_uplift = (PPlus - P) / P;
  return out;
}

export const BUSINESS = { base: 1000, new_customers: 0, plan_years: 3, programme_cost: 2, programme_lift: 1, uplift: 5 };
