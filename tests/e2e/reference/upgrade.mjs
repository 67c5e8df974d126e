// Independent JavaScript reference for docs/formulas.md §8 (upgrade or trade-in): written from
// the spec alone, independent of the Rust code under src/, for the e2e tests to compare the app's
// data-metric figures with. Node 20, ES module, no dependencies. Service sums are brute-force
// sums over periods (not closed forms), in arrears whatever econ.timing says, and never cut by
// econ.horizon. An absent figure is the string 'none'.

/** The §8 worked example's economics; timing 'upfront' on purpose: §8 ignores it. */
export const UPGRADE_ECON = {
  period: 'year', revenue: 6000, margin: 40, serve_cost: 600, retention: 95, discount: 8,
  cac: 0, horizon: 0, timing: 'upfront',
};

/** The §8 worked example's inputs. */
export const UPGRADE_WORKED = {
  unit_price_old: 50000, unit_age: 8, unit_life: 10, depreciation: 'straight', decline_rate: 0,
  unit_price: 60000, unit_margin: 30, loyalty: 60,
  upgrade_price: 12000, upgrade_cost: 7000, life_added: 5, loyalty_upgrade: 75,
  credit: 8000, recovery: 3000, loyalty_tradein: 80, upsell: 10,
  run_old: 9000, run_new: 6500, run_upgraded: 7500, customer_discount: '',
};

export function upgradeReference(econ, u) {
  const k = econ.period === 'month' ? 12 : 1;
  const da = econ.discount / 100;
  const d = Math.pow(1 + da, 1 / k) - 1;
  const r = econ.retention / 100;
  const pi = (econ.margin / 100) * econ.revenue - econ.serve_cost;
  const rho = r / (1 + d);
  const D = (years) => Math.pow(1 + da, -years);

  // Service value over n years, uplift x: Σ_{j=1}^{n·k} π(1+x)ρʲ, summed period by period.
  const service = (years, x) => {
    let sum = 0;
    let f = 1;
    for (let j = 1; j <= years * k; j++) {
      f *= rho;
      sum += pi * (1 + x) * f;
    }
    return sum;
  };

  const L = u.unit_life;
  const a = u.unit_age;
  const P = u.unit_price;
  const mP = (u.unit_margin / 100) * P;
  const p = u.loyalty / 100;
  const p1 = u.loyalty_upgrade / 100;
  const p2 = u.loyalty_tradein / 100;
  const up = (u.upsell || 0) / 100;
  const U = u.upgrade_price;
  const Cu = u.upgrade_cost;
  const dL = u.life_added;
  const T = u.credit;
  const V = u.recovery;

  // W: follow the renewal chain (new sale + L years of service, then with chance p again,
  // discounted by D(L)) until its terms vanish, instead of the closed form.
  const S = service;
  const cycle = mP + S(L, 0);
  const step = p * D(L);
  if (step >= 1) throw new RangeError('loyalty 100 % with no discount: the renewal chain never ends (§8 input error)');
  let W = 0;
  let weight = 1;
  for (let i = 0; i < 1e6 && Math.abs(weight) > 1e-17; i++) {
    W += weight * cycle;
    weight *= step;
  }

  const n0 = Math.max(L - a, 0);
  const npvB = S(n0, 0) + D(n0) * p * W;
  const upgradeTail = S(n0 + dL, up) + D(n0 + dL) * p1 * W;
  const tradeTail = S(L, up) + D(L) * p2 * W;
  const npvU = U - Cu + upgradeTail;
  const npvT = mP - T + V + tradeTail;

  // Residual value of a unit of price X, age y.
  const delta = u.decline_rate > 0 ? u.decline_rate / 100 : 2 / L;
  const residual = (X, y) =>
    u.depreciation === 'declining' ? X * Math.pow(1 - delta, y) : X * Math.max(0, 1 - y / L);

  // The customer's side, discounted at d_c (default the economics' rate), over H = n₀ years.
  const dcPct = u.customer_discount === undefined || u.customer_discount === '' || u.customer_discount === null
    ? econ.discount : Number(u.customer_discount);
  const dc = dcPct / 100;
  const H = n0;
  let keep = 0;
  let runNew = 0;
  for (let y = 1; y <= H; y++) {
    keep += u.run_old * Math.pow(1 + dc, -y);
    runNew += u.run_new * Math.pow(1 + dc, -y);
  }
  const residualOld = residual(u.unit_price_old, a);
  const minCredit = Math.max(residualOld, P + runNew - Math.pow(1 + dc, -H) * residual(P, H) - keep);
  // Capital recovery factor by definition: the payment whose present value over n years is 1.
  const crf = (n) => {
    let pv = 0;
    for (let y = 1; y <= n; y++) pv += Math.pow(1 + dc, -y);
    return 1 / pv;
  };

  return {
    renewal_value: W,
    npv_baseline: npvB,
    npv_upgrade: npvU,
    npv_tradein: npvT,
    upgrade_gain: npvU - npvB,
    tradein_gain: npvT - npvB,
    breakeven_credit: mP + V + tradeTail - npvB,
    breakeven_upgrade_price: Cu + npvB - upgradeTail,
    residual_old: residualOld,
    min_credit: minCredit,
    outlay_upgrade: U,
    outlay_tradein: P - T,
    eac_upgrade: dL > 0 ? U * crf(dL) + u.run_upgraded : 'none',
    eac_new: P * crf(L) + u.run_new,
  };
}
