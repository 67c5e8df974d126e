//! 简体中文：输入项——单位与选项，以及每个字段的标签和说明。

use super::super::*;

pub(super) const UNITS: Units = Units {
    per_period: ByPeriod {
        month: "每月",
        year: "每年",
    },
    percent: "%",
    percent_per_period: ByPeriod {
        month: "%/月",
        year: "%/年",
    },
    percent_per_year: "%/年",
    percent_of_revenue: "%（占收入）",
    percent_of_annual_spend: "%（占年支出）",
    periods: ByPeriod {
        month: "个月",
        year: "年",
    },
    per_hour: "每小时",
    hours: "小时",
    people: "人",
    rating: "分（1–7）",
    no_limit: "不设期限",
    period: "计算周期",
    month: "月",
    year: "年",
    currency: "货币",
    timing: "客户付款时间",
    upfront: "期初预付",
    arrears: "期末后付",
    timing_help: ByTiming {
        upfront: "签约时收取第一笔贡献，此后客户每留存一期，在期初收取一次。",
        arrears: "签约一个周期后收取第一笔贡献，且仅在客户仍留存时收取。",
    },
    enter_churn: "改为输入流失率",
    enter_retention: "改为输入留存率",
    understood: t("即 {0}"),
    sign: "±",
    sign_label: "切换正负号",
};

pub(super) const FIELDS: Fields = Fields {
    revenue: field("每位客户的收入", "一位客户付给您的金额。"),
    margin: field("毛利率", "收入扣除直接成本后剩下的比例。"),
    serve_cost: field(
        "服务与维系成本",
        "一位客户的服务、忠诚度计划和客户管理费用。",
    ),
    retention: field("留存率", "每个周期留下来的客户比例。"),
    churn: field("流失率", "每个周期离开的客户比例。"),
    discount: field("贴现率", "您的资金成本；未来的钱不如现在的钱值钱。"),
    cac: field("获客成本（CAC）", "赢得一位客户所需的营销与销售支出。"),
    horizon: field("测算期限", "往后测算多长时间。留空或填 0 表示不设期限。"),
    benefit_loss: field("利益损失", "客户离开时放弃的积分、批量折扣和优惠。"),
    monetary_loss: field(
        "资金损失",
        "解约费、无法收回的前期投入，以及新供应商的开通费用。",
    ),
    risk_chance: field("出问题的概率", ""),
    risk_loss: field("一旦出问题的损失", ""),
    eval_hours: field("工时", ""),
    learn_people: field("人数", ""),
    learn_hours: field("每人工时", ""),
    hourly_cost: field("员工每小时成本", "客户方员工一小时的人工成本。"),
    setup_cost: field(
        "迁移与调试",
        "更换供应商带来的数据迁移、系统集成和停机损失。",
    ),
    personal: field("客情关系", "客户与您团队之间的私人交情，换供应商就会失去。"),
    brand: field("品牌关系", "客户对您的品牌及其理念的认同。"),
    function_risk: field("产品功能风险", "担心新产品不如现在的好用。"),
    self_image: field("自我形象风险", "担心选错会影响决策者本人的形象。"),
    social_image: field("社会形象风险", "担心同事和同行如何看待这次更换。"),
    point_value: field(
        "评分每高出 1 分相当于",
        "评分从 1（无）到 7（非常强）；每高出 1 分，客户的损失相当于年支出的这一比例。",
    ),
    decision_horizon: field(
        "决策期",
        "客户比较更便宜的报价时，会把未来多长时间内省下的钱算进去。",
    ),
    base_churn: field(
        "自然流失率（q₀）",
        "无论您怎么做都会离开的客户：搬迁、倒闭等。",
    ),
    advantage: field(
        "竞争对手的典型优势（μ）",
        "竞争对手在价格或价值上的平均优势，占收入的比例。",
    ),
    cost_change: field(
        "假设转换成本变动",
        "正数提高壁垒，负数降低壁垒；-100 表示完全取消。",
    ),
    competitor_price: field(
        "竞争对手报价（可选）",
        "客户向竞争对手购买同样产品或服务每期需付的价格；不清楚可留空。",
    ),
};
