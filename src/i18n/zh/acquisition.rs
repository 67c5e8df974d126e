//! 简体中文：获客与留存栏目的文字。
//!
//! Placeholders, in order, as the comment above each template says (the same as in
//! `en/acquisition.rs`). Money comes formatted with its currency, percentages as "9.4%"
//! (changes with their sign), counts as numbers.

use super::super::*;

pub(super) const ACQUISITION: Acquisition = Acquisition {
    inputs_title: "获客与留存",
    business: "客户基数与规划",
    programme: "留存计划",
    uplift_group: "试算的留存提升",
    // {0}: the new customers a period used, with its period ("每月 30").
    steady_new: t("留空：按{0} 位计，恰好补上流失的客户。"),
    // {0} yearly retention today, {1} with the uplift, {2} monthly retention today, {3} with
    // the uplift.
    conversion: t("年留存率 {0} → {1}，即月留存率 {2} → {3}。"),
    // {0} retention a year today, {1} with the uplift.
    conversion_year: t("年留存率 {0} → {1}。"),
    // {0}: the retention a period the barrier model gives.
    modelled: ByPeriod {
        month: t("使用壁垒模型在假设转换成本下得出的留存率：每月 {0}。"),
        year: t("使用壁垒模型在假设转换成本下得出的留存率：每年 {0}。"),
    },
    title: "赢得新客户，还是留住老客户",
    holding: "维持现有客户基数",
    keeping: "留住一位客户，还是赢得一位新客户",
    uplift: "提高留存率值多少",
    replace_spend: "补充流失客户的获客支出",
    // {0} customers lost a period (a count), {1} the acquisition cost.
    replace_note: ByPeriod {
        month: t("每月流失 {0} 位客户 × 获客成本 {1}。"),
        year: t("每年流失 {0} 位客户 × 获客成本 {1}。"),
    },
    serve_spend: "服务与维系支出",
    // {0} customers today (a count), {1} the cost to serve and retain one a period.
    serve_note: t("{0} 位客户 × 每位的服务与维系成本 {1}。"),
    // {0}: the plan in whole years ("3").
    replace_plan: t("{0} 年规划期：获客支出"),
    // {0}: the plan in whole years ("3").
    serve_plan: t("{0} 年规划期：服务与维系支出"),
    plan_note: "客户基数保持现有水平，各期支出之和，折算为今天的钱。",
    // {0} acquisition spend a period, {1} serving spend a period.
    holding_story: ByPeriod {
        month: t("维持现有客户基数，每月补充流失客户要花 {0}，而服务与维系这些客户每月花 {1}。"),
        year: t("维持现有客户基数，每年补充流失客户要花 {0}，而服务与维系这些客户每年花 {1}。"),
    },
    cost_per_saved: "每留住一位客户的成本",
    // {0}: the acquisition cost (CAC).
    cheaper: t("低于赢得一位新客户的 {0}。"),
    // {0}: the acquisition cost (CAC).
    dearer: t("达到或高于赢得一位新客户的 {0}。"),
    keep_ratio: "获客与留住的成本比",
    // {0}: the ratio, a number ("4.5").
    times: t("{0} 倍"),
    keep_free: "留住不花钱",
    below_bands: "低于《哈佛商业评论》的 5–25 倍和常被引用的 6–7 倍。",
    in_hbr_band: "在《哈佛商业评论》的 5–25 倍之内，不在常被引用的 6–7 倍之内。",
    in_both_bands: "在《哈佛商业评论》的 5–25 倍和常被引用的 6–7 倍之内。",
    above_bands: "高于《哈佛商业评论》的 5–25 倍和常被引用的 6–7 倍。",
    avoided_spend: "省下的获客支出",
    // {0}: the programme's spend a period.
    avoided_note: ByPeriod {
        month: t("对比留存计划每月支出 {0}。"),
        year: t("对比留存计划每年支出 {0}。"),
    },
    programme_spend: "留存计划支出",
    programme_note: "现有客户数 × 留存计划每位客户的成本。",
    // {0} cost per customer saved, {1} the acquisition cost (CAC).
    keeping_story_cheaper: t("这个留存计划每留住一位客户花 {0}，赢得一位新客户要 {1}：\
         要维持客户基数，留住客户更省钱。"),
    // {0} cost per customer saved, {1} the acquisition cost (CAC).
    keeping_story_dearer: t("这个留存计划每留住一位客户花 {0}，赢得一位新客户要 {1}：\
         它并不比赢得新客户更省钱。"),
    // {0}: the points of yearly retention added ("5").
    retention_uplifted: t("年留存率提高 {0} 个百分点后的留存率"),
    // {0}: today's figure (a rate, an amount or a count of customers).
    today: t("当前 {0}。"),
    clv_uplifted: "提升后的客户终身价值",
    clv_uplift: "客户终身价值的变化",
    clv_no_share: "当前的客户终身价值不大于 0，无法给出变化的百分比。",
    steady_base: "客户基数的稳定值",
    steady_base_uplifted: "提升后客户基数的稳定值",
    // {0}: a count of customers.
    customers: t("{0} 位客户"),
    steady_profit: "客户基数稳定后的利润",
    steady_profit_uplifted: "提升后客户基数稳定时的利润",
    profit_uplift: "稳定后利润的变化",
    claims: "公开结论：年留存率提高 5 个百分点，利润提高 25–95%（贝恩），\
             或约 30%（Moat 所依据的文章）。",
    in_bain_band: "在贝恩的 +25–95% 之内。",
    below_bain_band: "低于贝恩的 +25–95%。",
    above_bain_band: "高于贝恩的 +25–95%。",
    not_profitable: "按当前留存率，客户基数稳定后没有利润，因此不给出利润变化的百分比。",
    no_steady_state: "提升后留存率达到 100%：没有客户离开，客户基数会无限增长，永远不会稳定下来。",
    caveat: "这些结论还计入了客户合作越久花得越多、老客户转介绍、老客户服务成本更低等因素，\
             本模型未计入这些因素。",
    breakeven_spend: "盈亏平衡的额外留存支出",
    breakeven_note: "每位客户：为这一提升最多值得多花的钱。",
    // {0} the points of yearly retention added ("5"), {1} the change in lifetime value,
    // {2} the change in settled profit (both signed percentages).
    uplift_story: t(
        "年留存率提高 {0} 个百分点：每位客户的终身价值 {1}，客户基数稳定后的利润 {2}。",
    ),
    // {0} the points of yearly retention added, {1} the change in lifetime value.
    uplift_story_value: t("年留存率提高 {0} 个百分点：每位客户的终身价值 {1}。"),
    explain: "计算方法",
    row_churn: "每期流失率",
    row_new: "维持客户基数所需的新客户",
    row_replace: "补充流失客户",
    row_serve: "服务与维系客户基数",
    row_plan: "规划期合计，折算为今天的钱",
    row_saved: "每留住一位客户的成本",
    row_ratio: "获客与留住的成本比",
    row_avoided: "省下的获客支出",
    row_annual: "当前年留存率",
    row_uplifted: "提升后的留存率",
    row_clv: "客户终身价值的变化",
    row_base: "客户基数的稳定值",
    row_profit: "客户基数稳定后的利润",
    row_breakeven: "盈亏平衡的额外支出",
    sources: "来源：获客成本是留住成本的 5–25 倍，出自《哈佛商业评论》（Gallo 2014）；\
              留存率提高 5 个百分点、利润提高 25–95%，出自 Reichheld 与 Sasser 及贝恩公司；\
              6–7 倍与约 +30%，出自 Moat 所依据的文章。规划期内客户基数保持现有水平，\
              每期支出在期末发生。",
    plan_chart: "规划期内的客户数与利润",
    // {0} the plan's last year ("3"), {1} customers then at today's retention, {2} with the
    // uplift (counts).
    plan_summary: t("规划期末（第 {0} 年）：按当前留存率有 {1} 位客户，提升后有 {2} 位。"),
    since_today: ByPeriod {
        month: "从今天起的月数",
        year: "从今天起的年数",
    },
    base_axis: "客户数",
    // {0}: the currency code.
    profit_axis: ByPeriod {
        month: t("每月利润（{0}）"),
        year: t("每年利润（{0}）"),
    },
    base_today: "客户数，当前（左轴）",
    base_uplifted: "客户数，提升后（左轴）",
    profit_today: "利润，当前（右轴）",
    profit_uplifted: "利润，提升后（右轴）",
    rates_chart: "客户终身价值与利润随留存率的变化",
    // {0} lifetime value at today's retention, {1} with the uplift.
    rates_summary: t("客户终身价值按当前留存率为 {0}，提升后为 {1}。"),
    retention_axis: ByPeriod {
        month: "月留存率（%）",
        year: "年留存率（%）",
    },
    // {0}: the currency code.
    clv_axis: t("客户终身价值（{0}）"),
    clv_series: "客户终身价值（左轴）",
    profit_series: "客户基数稳定后的利润（右轴）",
    marker_today: "当前",
    marker_uplift: "提升后",
    holding_chart: "维持客户基数的支出",
    // {0} spend a period without the programme (acquisition + serving), {1} with it
    // (acquisition still needed + serving + the programme).
    holding_summary: ByPeriod {
        month: t("维持客户基数，没有留存计划每月花 {0}，有留存计划每月花 {1}。"),
        year: t("维持客户基数，没有留存计划每年花 {0}，有留存计划每年花 {1}。"),
    },
    // {0}: the currency code.
    spend_axis: ByPeriod {
        month: t("每月支出（{0}）"),
        year: t("每年支出（{0}）"),
    },
    without: "没有留存计划",
    with: "有留存计划",
    acquisition_segment: "赢得新客户以补充流失",
    serving_segment: "服务与维系客户基数",
    programme_segment: "留存计划",
};
