//! 简体中文：“升级或以旧换新”栏目的文字。
//!
//! Placeholders, in order, as the comment above each template in `messages/upgrade.rs` says
//! (the same as in `en/upgrade.rs`; repeated above each template here, where Chinese word order
//! may move them). Money comes formatted with its currency, percentages as "9.4%". "We / our"
//! (the seller, against the customer) is 我方 throughout. The seed's band: up-sell and
//! cross-sell add 5–25% to revenue for little cost.

use super::super::*;

const FIELDS: UpgradeFields = UpgradeFields {
    unit_price_old: field(
        "在用设备的原价",
        "客户这台设备当初作为新机的价格。",
        "客户目前在用的这台设备当初作为新机的价格。由它、设备的已使用年数和折旧方法，\
         可以推算出它的残值，也就是它现在还能卖多少钱。",
    ),
    unit_age: field(
        "已使用年数",
        "自安装以来的整年数。",
        "在用设备已经运行了多少整年。达到或超过使用寿命的设备，现在就该更换了。",
    ),
    unit_life: field(
        "使用寿命",
        "设备运行多少整年后会被更换。",
        "这类设备运行多少年后客户会更换它，新旧设备相同。在用设备到达使用寿命时，\
         客户要决定下一台向谁买。",
    ),
    decline_rate: field(
        "余额递减折旧率",
        "设备每年损失的价值比例。",
        "采用余额递减法时，设备每年损失其剩余价值的这一比例。留空则按会计上的常用做法，\
         取直线法折旧率的两倍（2 ÷ 使用寿命）。",
    ),
    unit_price: field(
        "新设备价格",
        "客户购买一台新设备要付的价格。",
        "一台新设备的价格，未扣除任何以旧换新抵扣额。",
    ),
    unit_margin: field(
        "新设备的毛利率",
        "价格扣除设备本身成本后剩下的比例。",
        "一台新设备的价格中，付清设备本身的成本后归我方所有的比例。",
    ),
    loyalty: field(
        "到期更换时的忠诚度",
        "客户向我方购买替换设备的概率。",
        "设备到达使用寿命时，客户向我方而不是竞争对手购买替换设备的概率。",
    ),
    upgrade_price: field(
        "升级价格",
        "客户为升级或再制造支付的价格。",
        "我方为在用设备升级或再制造所收取的费用。",
    ),
    upgrade_cost: field(
        "我方的升级成本",
        "零部件、人工和物流。",
        "我方完成这次升级的花费：零部件、人工、物流。",
    ),
    life_added: field(
        "延长寿命",
        "升级让设备多运行的整年数。",
        "升级后的设备比原来多运行多少年才必须更换。如果升级只改善性能、不延长寿命，填 0。",
    ),
    loyalty_upgrade: field(
        "升级后的忠诚度",
        "升级后的设备到期时，客户向我方购买的概率。",
        "升级后的设备在延长后的寿命结束时，客户向我方购买替换设备的概率：\
         得到我方悉心照顾的客户更可能留下来。",
    ),
    credit: field(
        "以旧换新抵扣额",
        "购买新设备时，我方为旧设备折价抵扣的金额。",
        "客户购买新设备时交回旧设备所得到的抵扣额。高出旧设备残值的部分，就是我方的让步。",
    ),
    recovery: field(
        "旧设备回收价值",
        "我方从旧设备收回的价值，已扣除处理费用。",
        "交回的旧设备经回收运输和处理后对我方的价值：拆用零部件、再制造、转售或当废料卖。",
    ),
    loyalty_tradein: field(
        "以旧换新后的忠诚度",
        "新设备到期时，客户再向我方购买的概率。",
        "新设备到达使用寿命时，客户再次向我方购买的概率。",
    ),
    upsell: field(
        "服务追加销售",
        "升级或以旧换新后服务贡献的增加；通常为 5–25%。",
        "升级或换上新设备后，客户向我方多购买的服务：追加销售和交叉销售通常只需很少的成本，\
         就能让收入增加 5–25%。",
    ),
    run_old: field(
        "旧设备运行成本",
        "每年的能耗与维护费用；可选。",
        "客户每年运行在用设备的花费：能耗和维护。对压缩机来说，能耗占其全生命周期成本的大头。",
    ),
    run_new: field(
        "新设备运行成本",
        "每年的能耗与维护费用；可选。",
        "客户每年运行一台新设备的花费。正是它省下的钱，让以旧换新对客户划算。",
    ),
    run_upgraded: field(
        "升级后运行成本",
        "每年的能耗与维护费用；可选。",
        "客户每年运行升级后设备的花费。",
    ),
    customer_discount: field(
        "客户的资金成本",
        "客户按年计的比率；留空则用我方的。",
        "对客户来说，一年后的钱比现在的钱少值多少，按年计。留空则采用我方的资金成本。",
    ),
};

const TERMS: UpgradeTerms = UpgradeTerms {
    renewal:
        "刚从我方买下一台设备的客户今天值多少：我方在这台设备上的毛利、它在寿命期内带来的服务，\
              以及每次设备用坏时客户继续向我方购买下一台的可能性。",
    breakeven_credit: "我方的谈判底线：给旧设备的抵扣额最多能到多少，仍不比等它用坏更差。",
    min_credit: "客户应接受的最低抵扣额：旧设备在别处能卖的价钱，并且足以让客户现在买新设备的花费\
                 不高于把旧设备用到寿命结束。",
    eac: "把一笔价格按客户的资金成本摊成它所覆盖年份里每年相等的成本，再加上运行成本：客户就是这样\
          比较只能再用几年的升级和能用很多年的新设备。",
};

pub(super) const UPGRADE: Upgrade = Upgrade {
    fields: FIELDS,
    terms: TERMS,
    inputs_title: "升级或以旧换新",
    installed: "在用设备",
    new_unit: "新设备",
    upgrade_offer: "升级方案",
    tradein_offer: "以旧换新方案",
    upsell_group: "升级或以旧换新之后",
    customer_side: "客户方",
    depreciation: "折旧方法",
    depreciation_options: ["直线法", "余额递减法"],
    // {0}: the rate used, a percentage a year.
    decline_default: t("留空：按每年 {0} 计，即直线法折旧率的两倍。"),
    // {0}: the cost of money used, a percentage a year.
    discount_default: t("留空：采用我方的资金成本，每年 {0}。"),
    past_life: "这台设备已达到或超过使用寿命：选择等待，就意味着客户现在就要更换。",
    // {0} contribution a period, {1} retention (a percentage).
    service_note: ByPeriod {
        month: t(
            "服务的价值按“客户经济数据”计算：每月贡献 {0}，留存率 {1}，于每月月末收取，\
             算到每台设备寿命结束为止。",
        ),
        year: t(
            "服务的价值按“客户经济数据”计算：每年贡献 {0}，留存率 {1}，于每年年末收取，\
             算到每台设备寿命结束为止。",
        ),
    },
    title: "每种方案对我方的价值",
    // {0}: how much more than waiting.
    best_upgrade: t("现在升级价值最高：比等待多 {0}。"),
    // {0}: how much more than waiting.
    best_tradein: t("现在以旧换新价值最高：比等待多 {0}。"),
    best_baseline: "等到寿命结束价值最高：两个方案都比不上。",
    option: "方案",
    npv: "今天对我方的价值",
    gain: "相比等待",
    outlay: "客户现在支付",
    next: "下次更换决策",
    baseline: "等到寿命结束",
    upgrade: "现在升级",
    tradein: "现在以旧换新",
    // {0}: whole years.
    in_years: Plural {
        one: t("{0} 年后"),
        other: t("{0} 年后"),
    },
    now: "现在",
    renewal_value: "刚买下一台设备的客户",
    renewal_note: "这次销售、之后的服务，以及此后每一次再购的机会",
    walk_away: "谈判底线",
    breakeven_credit: "最高可给的抵扣额",
    // {0}: the largest credit.
    credit_story: t("抵扣额最多可给到 {0}，仍比等待更划算。"),
    // {0}: how far below waiting trading in is with no credit.
    no_credit_pays: t("任何抵扣额都无法让以旧换新划算：即使不给抵扣，也比等待少 {0}。"),
    breakeven_upgrade_price: "最低升级价格",
    // {0}: the lowest upgrade price.
    price_story: t("升级价格最低可降到 {0}，仍比等待更划算。"),
    residual_old: "旧设备残值",
    // {0} the credit offered, {1} the part of it that is a concession.
    concession: t("所报抵扣额 {0} 高于残值：其中 {1} 是让步。"),
    within_residual: "所报抵扣额没有超过旧设备的残值。",
    min_credit: "客户可接受的最低抵扣额",
    min_credit_note: "不低于旧设备残值，并且足以让客户现在换新的花费不高于继续使用旧设备",
    // {0} the smallest credit the customer accepts, {1} the largest we can give.
    zone: t("抵扣额在 {0} 到 {1} 之间，双方都能接受。"),
    // {0}: the credit offered.
    offered_low: t("所报的 {0} 太低，客户不会接受。"),
    // {0}: the credit offered.
    offered_in: t("所报的 {0} 双方都能接受。"),
    // {0}: the credit offered.
    offered_high: t("所报的 {0} 过高：对我方来说还不如等待。"),
    // {0} the smallest credit the customer needs, {1} the most we can give.
    no_zone: t("没有双方都能接受的抵扣额：客户至少需要 {0}，而我方最多只能给 {1}。"),
    what_would_change: "以下变化可以扭转局面：新设备运行成本更低、以旧换新后忠诚度或追加销售更高、\
                        旧设备回收价值更高，或新设备毛利率更高。",
    eac_title: "从客户角度看：升级还是买新设备",
    eac_upgrade: "升级：每年成本",
    eac_new: "新设备：每年成本",
    // {0}: the customer's cost of money, a percentage a year.
    eac_note: t("按客户每年 {0} 的资金成本：价格分摊到使用寿命的每一年，再加上运行成本"),
    no_life_added: "升级不延长寿命，因此没有可与新设备比较的每年成本。",
    eac_upgrade_cheaper: "对客户来说，升级每年的成本低于新设备。",
    eac_new_cheaper: "对客户来说，新设备每年的成本低于升级。",
    cashflow_chart: "我方逐年的价值（折算为今天的钱）",
    // {0} waiting, {1} upgrading, {2} trading in: each worth to us today.
    cashflow_summary: t(
        "今天对我方的价值：等待 {0}，升级 {1}，以旧换新 {2}；随着服务收入到账、\
         赢得再购，各条曲线逐步上升。",
    ),
    years_axis: "从今天起的年数",
    // {0}: the currency code.
    value_axis: t("累计价值（{0}）"),
    credit_chart: "抵扣额可以定在哪里",
    // {0}: the currency code.
    credit_axis: t("以旧换新抵扣额（{0}）"),
    zone_band: "双方都能接受",
    gap_band: "没有双方都能接受的抵扣额",
    // {0}: the smallest credit the customer accepts.
    min_marker: t("客户最低 {0}"),
    // {0}: the largest credit we can give.
    max_marker: t("我方最高 {0}"),
    // {0}: the old unit's residual value.
    residual_marker: t("残值 {0}"),
    // {0}: the credit offered.
    offered_marker: t("所报 {0}"),
    explain: "计算方法",
    row_renewal: "刚买下一台设备的客户",
    row_remaining: "在用设备的剩余年数",
    row_baseline: "等到寿命结束",
    row_upgrade: "现在升级",
    row_tradein: "现在以旧换新",
    row_credit: "最高抵扣额",
    row_price: "最低升级价格",
    row_residual: "残值",
    row_keep: "客户：继续使用旧设备",
    row_trade: "客户：以旧换新",
    row_min: "客户可接受的最低抵扣额",
    row_eac: "等额年成本：升级对比新设备",
    assumptions: "无论“客户经济数据”采用哪种付款时间和测算期限，这里的服务都按每期期末计入，\
                  算到每台设备寿命结束为止；每次更换都让服务重新开始，此后每一台设备到期时，\
                  都按忠诚度计入赢得再购的机会。",
};
