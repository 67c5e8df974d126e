//! 简体中文：“成本从何而来”栏目的文字。
//!
//! Placeholders, in order, as the comment above each template in `messages/costs.rs` says
//! (the same as in `en/costs.rs`; repeated above each template here where Chinese word order
//! moves them). Money comes formatted with its currency, percentages as "9.4%", counts as
//! numbers. Published figures: Forrester, about 90% of leads never buy; PwC (2018), 32% of
//! customers leave after one bad experience; Forrester, 81% of firms have service-level
//! agreements and miss them 26% of the time.

use super::super::*;
use fields::FIELDS;

mod fields;

const TERMS: CostTerms = CostTerms {
    funnel_cac: "客户来自您自己的线索漏斗时，赢得一位客户的成本：一个周期内市场和销售的全部支出，\
                 除以漏斗在这个周期内赢得的客户数。",
    service_level: "在目标时限内得到应答的联络占比，例如 20 秒内应答 80%。联络是随机到达的，\
                    所以即使坐席有富余，也总有一些联络需要等待。",
    answer_speed: "一次联络在坐席应答之前平均等待的时间，立即接通的也计算在内。",
    occupancy: "值班坐席处理联络的时间占比。接近 100% 时坐席没有喘息的余地，排队会迅速变长。",
    rostered: "需要排进班表的坐席人数：扣除休假、病假、培训和会议之后，值班的人数仍足以达到目标。",
    blended: "部分联络通过公开渠道回复之后，一次联络的平均成本：客服中心和公开渠道各自的成本，\
              按各自承担的占比加权。",
    at_stake:
        "糟糕的服务推高流失率时，每位客户损失的终身价值：客户今天的价值，减去在额外流失下的价值。",
};

pub(super) const COSTS: Costs = Costs {
    fields: FIELDS,
    terms: TERMS,
    title: "成本从何而来",
    intro: "用线索漏斗推算获客成本，用客服中心和公开渠道推算服务成本，\
            再让所有栏目都采用这两个数字。",
    funnel_title: "线索漏斗",
    use_funnel: "获客成本（CAC）取自线索漏斗",
    use_funnel_help: "勾选后，所有栏目都改用漏斗推算的获客成本，不再用您输入的值。",
    funnel_customers: "成交客户数",
    // {0}: customers won a period (a count).
    customers_per: ByPeriod {
        month: t("每月 {0} 位"),
        year: t("每年 {0} 位"),
    },
    funnel_cac: "漏斗推算的获客成本（CAC）",
    // {0}: the figure entered.
    entered: t("您输入的值：{0}"),
    none_won: "没有成交：无获客成本",
    cost_per_lead: "每条线索的成本",
    cost_per_mql: "每条市场认可线索的成本",
    cost_per_sql: "每条销售认可线索的成本",
    per_lead_note: "营销支出 ÷ 线索数",
    per_mql_note: "营销支出 ÷ 市场认可线索数",
    per_sql_note: "营销与销售支出 ÷ 销售认可线索数",
    leads_never_buy: "最终未成交的线索",
    never_buy_note: "Forrester 估计约为 90%。",
    // {0} leads a period, {1} customers won, {2} the CAC.
    funnel_story: ByPeriod {
        month: t("每月 {0} 条线索，最终有 {1} 位成为客户，每赢得一位花费 {2}。"),
        year: t("每年 {0} 条线索，最终有 {1} 位成为客户，每赢得一位花费 {2}。"),
    },
    // {0}: leads a period.
    funnel_story_none: ByPeriod {
        month: t("每月 {0} 条线索，没有一条成为客户。"),
        year: t("每年 {0} 条线索，没有一条成为客户。"),
    },
    stages: [
        "线索",
        "市场认可线索",
        "销售线索",
        "销售认可线索",
        "成交客户",
    ],
    stage: "阶段",
    count: "数量",
    lost: "进入前流失",
    lost_share: "占全部线索",
    funnel_chart: "线索在哪里流失",
    // {0} leads, {1} customers, {2} the stage before which the most are lost.
    funnel_summary: t("{0} 条线索最终成为 {1} 位客户；流失最多的一步在进入“{2}”之前。"),
    leads_axis: ByPeriod {
        month: "每月线索数",
        year: "每年线索数",
    },
    kept_series: "仍在漏斗中",
    lost_series: "在这一步流失",
    cac_fed: "取自“成本从何而来”中的线索漏斗。在那里关闭这一选项，即可自行输入。",
    cac_none_won: "线索漏斗没有赢得客户，因此继续使用您输入的获客成本。",
    cac_too_large: "漏斗推算的获客成本超出了此项允许的范围，因此继续使用您输入的获客成本。",
    serve_fed: "取自“成本从何而来”中的客服中心和公开渠道。在那里关闭这一选项，即可自行输入。",
    serve_too_large: "各渠道推算的服务成本超出了此项允许的范围，因此继续使用您输入的值。",
    serving_title: "服务客户",
    staffing: "客服中心成本的测算方式",
    staffing_options: ["按假定利用率", "按服务水平排班"],
    centre: "客服中心",
    public: "公开渠道",
    per_customer: "每位客户",
    use_channels: "服务成本取自各渠道",
    use_channels_help: "勾选后，所有栏目都改用这里算出的每位客户服务成本，\
                        不再用您输入的服务与维系成本。",
    contacts_per_agent_day: "每个坐席每天的联络量",
    contacts_per_agent_month: "每个坐席每月的联络量",
    cost_per_contact: "每次联络成本（客服中心）",
    // {0} an agent's cost a month, {1} contacts a month.
    per_contact_note: t("每月 {0}，分摊到 {1} 次联络"),
    // {0} agents rostered, {1} an agent's cost a month, {2} the contacts a month.
    level_contact_note: t("{0} 名排班坐席 × 每月 {1}，分摊到 {2} 次联络"),
    agents_needed: "所需坐席数",
    // {0} the service-level target (a percentage), {1} the seconds allowed.
    target_note: t("使 {0} 的联络在 {1} 秒内得到应答"),
    agents_rostered: "需排班的坐席数",
    // {0}: the shrinkage (a percentage).
    rostered_note: t("按损耗率 {0} 计"),
    service_level: "达到的服务水平",
    answer_speed: "平均应答速度",
    // {0}: seconds.
    seconds: t("{0} 秒"),
    occupancy: "占用率",
    // {0}: the traffic in Erlangs.
    traffic_note: t("话务量：{0} 爱尔兰"),
    public_cost_per_contact: "每次联络成本（公开渠道）",
    // {0} the cost of one answer, {1} the customers it serves.
    public_note: t("每条回复 {0}，分摊给 {1} 位客户"),
    blended_cost_per_contact: "综合每次联络成本",
    // {0}: the share answered in public.
    blended_note: t("其中 {0} 经公开渠道解决"),
    serve_cost_derived: "每位客户的服务成本",
    // {0} the serving cost per customer a period, {1} the blended cost per contact.
    serving_story: ByPeriod {
        month: t("服务一位客户每月花费 {0}：每次联络 {1}。"),
        year: t("服务一位客户每年花费 {0}：每次联络 {1}。"),
    },
    staffing_chart: "服务水平与每次联络成本随值班坐席数的变化",
    // {0} agents needed, {1} the service level they reach, {2} the cost per contact.
    staffing_summary: t("{0} 个坐席可达到 {1} 的服务水平，每次联络成本 {2}。"),
    agents_axis: "值班坐席数",
    level_axis: "服务水平",
    // {0}: the currency code.
    contact_axis: t("每次联络成本（{0}）"),
    level_series: "服务水平",
    contact_series: "每次联络成本",
    // {0}: the service-level target.
    target_marker: t("目标 {0}"),
    // {0} agents needed, {1} the service level they reach.
    chosen_marker: t("{0} 个坐席：{1}"),
    microblog_title: "案例演算：品牌微博",
    microblog: [
        "一个拥有 5万名真实粉丝的品牌账号发一条微博，约十分之一的粉丝会回复，\
         也就是每条约 5,000 条回复。",
        "其中 30% 需要处理，即 1,500 条：20% 是购买、使用方面的问题或特殊需求，\
         10% 是投诉。",
        "按每天发 10 条微博计，每天就有 1.5万条要处理。逐条回复，每条都是一次联络；\
         公开回复一次，一条答复就能服务所有问同样问题的人。",
    ],
    quality_title: "糟糕服务的代价",
    churn_bad: "糟糕服务带来的额外流失率",
    churn_bad_note: "糟糕体验的概率 × 一次糟糕体验即离开的比例",
    value_at_stake: "每位客户面临风险的终身价值",
    // {0} retention after the extra churn, {1} retention today (percentages).
    at_stake_note: t("留存率从 {1} 降至 {0} 时减少的客户终身价值"),
    value_at_stake_base: "现有客户基数面临风险的价值",
    // {0}: customers today (a count).
    base_note: t("× 现有 {0} 位客户"),
    sla_cost: "每位客户的预期罚金",
    sla_in_serve: "已计入各渠道推算的服务成本。",
    sla_not_in_serve: "改用各渠道推算的服务成本后，会计入其中。",
    pwc_note: "普华永道（2018）：32% 的客户在一次糟糕体验后就会离开。\
               这是全球调查的数字，因国家和行业而异。",
    forrester_sla: "Forrester：81% 的企业与客户签有服务水平协议（SLA），\
                    但有 26% 的时候未能达标。",
    // {0} the chance of a bad experience, {1} lifetime value at stake per customer, {2} for
    // today's base.
    quality_story: t(
        "糟糕体验的概率为 {0} 时，每位客户面临 {1} 的终身价值损失，现有客户基数合计 {2}。",
    ),
    explain: "计算方法",
    row_customers: "成交客户数",
    row_cac: "获客成本（CAC）",
    row_never: "最终未成交的线索",
    row_per_day: "每个坐席每天的联络量",
    row_per_month: "每个坐席每月的联络量",
    row_per_contact: "每次联络成本",
    row_traffic: "话务量",
    row_erlang: "联络需要排队等待的概率（爱尔兰 C）",
    row_level: "服务水平",
    row_speed: "平均应答速度",
    row_rostered: "需排班的坐席数",
    row_public: "公开渠道",
    row_blend: "综合每次联络成本",
    row_serve: "每位客户的服务成本",
    row_churn_bad: "额外流失率",
    row_at_stake: "面临风险的价值",
    row_sla: "预期罚金",
    erlang_note: "由爱尔兰 B 递推式逐个坐席算出，不用阶乘，因此即使有数百个坐席也能保持精确。",
};
