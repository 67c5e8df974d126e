//! The Simplified Chinese catalogue. Terms follow `../glossary.md`.

mod acquisition;
mod answers;
mod costs;
mod inputs;
mod sections;
mod terms;
mod upgrade;

use super::formulas::{formulas, Worded};
use super::*;

pub static ZH: Messages = Messages {
    page: Page {
        title: "Moat — 客户终身价值与转换成本",
        description: "在浏览器中计算客户终身价值、LTV:CAC、回本周期与转换成本。您输入的任何数据都不会离开本页面。",
        tagline: "一位客户值多少钱，赢得一位客户要花多少钱。",
        footer: "Moat 完全在您的浏览器中运行：您输入的任何数据都不会离开本页面。",
        nav_label: "栏目",
        language: "语言",
        language_failed: t("无法切换到{0}：该语言的文字未能加载。请检查网络连接后重试。"),
        stale: "部分输入需要修正；当前结果基于最近一次有效的输入。",
        nav_value: "客户终身价值",
        nav_switching: "转换成本",
        nav_barrier: "壁垒与流失",
        nav_acquisition: "获客与留存",
        nav_costs: "成本从何而来",
        nav_upgrade: "升级或以旧换新",
    },
    common: Common {
        figure: "指标",
        formula: "公式",
        worked: "代入您的数字",
        dash: "–",
        never: "无法回本",
        unlimited: "无限",
        periods: ByPeriod {
            month: Plural { one: t("{0} 个月"), other: t("{0} 个月") },
            year: Plural { one: t("{0} 年"), other: t("{0} 年") },
        },
        sentences: t("{0}{1}"),
        per_period: ByPeriod { month: t("每月 {0}"), year: t("每年 {0}") },
        what_is: t("什么是“{0}”？"),
        caution_lead: "只有当客户满意度、服务质量和感知价值都达到合格水平时，转换成本才能留住客户。",
        caution_rest: "但这不是人为设置壁垒的理由：客户愿意留下，应当是因为您值得。",
    },
    share: Share {
        link: "分享链接",
        copy: "复制分享链接",
        reset: "重置",
        copied: "链接已复制。",
        manual: "此处无法自动复制：链接已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。",
    },
    announce: Announce {
        headline: t("客户终身价值 {0}，LTV:CAC {1}，溢价空间 {2}。"),
        no_ratio: "无",
    },
    examples: Examples {
        menu: "示例",
        intro: "从一个贴近实际的案例开始：所有输入都会自动填好，点“撤销”即可恢复您原来的输入。",
        saas: ExampleText {
            name: "企业软件订阅",
            story: "每位客户每月 120，月流失率 3%，获客成本 900：毛利可观，但 LTV:CAC 低于 3:1。",
        },
        compressor: ExampleText {
            name: "工业压缩机服务合同",
            story: "压缩机厂商的年度服务合同（人民币计价）：每台在用设备每年 ¥60,000，按年预付，\
                    系统集成与停机成本让客户难以更换服务商。",
        },
        consumer: ExampleText {
            name: "消费者订阅",
            story: "每月 12.99 的流媒体应用：开通容易，退订也容易，月流失率 7%。",
        },
        distributor: ExampleText {
            name: "B2B 分销商",
            story: "工业用品分销商：每月订货 8,000，毛利微薄，靠批量返利、客情关系和订货系统对接留住客户。",
        },
    },
    notices: Notices {
        link_intro: "此链接中有部分内容无法使用：",
        dismiss: "关闭",
        undo: "撤销",
        reset: "所有输入已重置为示例情景。",
        example: t("已载入示例“{0}”：所有输入均已替换为该示例的数值。"),
        converted: ByPeriod {
            month: "已切换为按月计算：所有按周期计的输入都已换算，业务本身保持不变。",
            year: "已切换为按年计算：所有按周期计的输入都已换算，业务本身保持不变。",
        },
        change: t("{0}：{1} → {2}"),
        rounded: t("{0}（已取整）"),
        clv_moved: ByPeriod {
            month: ByTiming {
                upfront: t("客户终身价值从 {0} 变为 {1}，因为现在按月计收：期初预付时，客户按月预付，\
                            离开后即停止付款，而不再提前付清一整年。"),
                arrears: t("客户终身价值从 {0} 变为 {1}，因为现在按月计收：期末后付时，客户每留存一个月\
                            就在月末付一个月的钱，而不再只为整年付款。"),
            },
            year: ByTiming {
                upfront: t("客户终身价值从 {0} 变为 {1}，因为现在按年计收：期初预付时，客户在年初就付清\
                            全年，即使年内离开，这一年的钱也已付清。"),
                arrears: t("客户终身价值从 {0} 变为 {1}，因为现在按年计收：期末后付时，客户只有留满一整年\
                            才付这一年的钱，而且在年末才付。"),
            },
        },
        clv_same: t("客户终身价值保持为 {0}。"),
        clv_only: "除此之外没有其他影响：业务本身没有变。",
        clv_rounded: "标为“已取整”的期限也会影响它。",
        clv_modelled: "它采用模型流失率，因此下面重新推算的壁垒模型也会影响它。",
        recalibrated: ByPeriod {
            month: "壁垒模型会按换算后的流失率以月为周期重新推算，因此“壁垒与流失”中的数字不会精确换算。",
            year: "壁垒模型会按换算后的流失率以年为周期重新推算，因此“壁垒与流失”中的数字不会精确换算。",
        },
        modelled: ByPeriod {
            month: t("当前采用壁垒模型在转换成本 {0} 下算出的流失率：每月 {1}（见下方“壁垒与流失”）。\
                      您输入的流失率为 {2}。"),
            year: t("当前采用壁垒模型在转换成本 {0} 下算出的流失率：每年 {1}（见下方“壁垒与流失”）。\
                     您输入的流失率为 {2}。"),
        },
        modelled_rate: "此处填写的是当前实际比率，壁垒模型据此推算；客户终身价值现已改用模型给出的流失率\
                        （见下方“壁垒与流失”）。",
    },
    errors: Errors {
        empty: "请输入数值。",
        not_a_number: "请输入数字，例如 1200 或 12.5。",
        unexpected: t("数字中不能有“{0}”。请只写数字，小数点用“.”，例如 1234.5、6万 或 60k。"),
        decimal_comma: "小数点请用“.”：写 1.5，不要写 1,5。逗号只用于千位分隔，如 1,234。",
        stray_percent: "请去掉“%”：此项不是百分比。",
        stray_currency: t("请去掉“{0}”：此项不是金额。"),
        negative: "不能小于 0。",
        too_large: t("不能大于 {0}。"),
        too_small: t("不能小于 {0}。"),
        not_positive: "必须大于 0。",
        not_whole: "请输入整数。",
        unbounded: "留存率为 100%、资金成本为 0 且不设测算期限时，客户终身价值没有上限。\
                    请设置测算期限、大于 0 的资金成本，或低于 100% 的留存率。",
        churn_vanishes: "在此转换成本下，模型流失率为 0%；资金成本为 0 且不设测算期限时，\
                         客户终身价值没有上限。请设置测算期限或大于 0 的资金成本。",
        programme_beyond_full: "留存率加上这一提升超过了 100%：留存计划最多只能留住全部客户。",
        uplift_beyond_full: "今天的年留存率加上这一提升超过了 100%：请测试更小的提升。",
        idle_agents: "这一利用率下坐席几乎不处理任何联络：请输入大于 0 的工作时间占比。",
        no_contacts: "按服务水平排班需要有待接听的联络：请输入每小时到达的联络量。",
        too_much_traffic: "每小时联络量 × 处理时长超出了 Moat 可排班的话务量（20,000 爱尔兰）：请减少联络量或缩短处理时长。",
        full_shrinkage: "损耗率为 100% 时，排班的坐席永远无法接听：请输入更小的值。",
        target_unreachable: "没有合理的排班能达到这一目标（联络随机到达时永远达不到 100%）：请降低目标或放宽时限。",
        no_reach: "公开回复必须覆盖至少一位客户，其承担的联络才有成本：请输入一条回复服务的客户数。",
        chain_never_ends: "忠诚度为 100% 且资金成本为零时，每台设备之后永远还有下一台：请输入低于 100% 的忠诚度，或输入资金成本。",
        credit_above_price: "抵扣额超过了新设备的价格：请输入不超过价格的金额。",
        no_useful_life: "设备至少要运行一年：请输入 1 年或以上的使用寿命。",
    },
    link: Link {
        unreadable: "无法读取此链接；已显示默认值。",
        other_version: t("v={0}：此链接来自其他版本的 Moat；已使用本版本能识别的设置。"),
        bad_choice: t("{0}={1}：应为{2}。已使用默认值。"),
        refused: t("{0}={1}：{2}已使用默认值。"),
        both_rates: "同时给出了留存率和流失率；已使用留存率。",
        repeated: t("{0} 出现了不止一次；已使用第一个值 {1}。"),
        currency_alias: t("currency={0}：已按其 ISO 4217 代码 {1} 读取。"),
        unknown_currency: t("currency={0}：不是 ISO 4217 货币代码。您要输入的是不是 {1}？已使用默认值。"),
        expect_period: " month（月）或 year（年）",
        expect_timing: " upfront（期初预付）或 arrears（期末后付）",
        expect_currency: " ISO 4217 货币代码，例如 USD、EUR 或 CNY",
        expect_yes_no: " yes（是）或 no（否）",
        expect_staffing: " utilisation（按利用率）或 service_level（按服务水平）",
        expect_depreciation: " straight（直线法）或 declining（余额递减法）",
        expect_lang: " en（英文）或 zh（中文）",
    },
    units: inputs::UNITS,
    fields: inputs::FIELDS,
    terms: terms::TERMS,
    value: sections::VALUE,
    switching: sections::SWITCHING,
    barrier: sections::BARRIER,
    acquisition: acquisition::ACQUISITION,
    costs: costs::COSTS,
    upgrade: upgrade::UPGRADE,
    answers: answers::ANSWERS,
    formulas: formulas(Worded {
        cohort: "使 Σ π·ρᵏ ≥ CAC 的最小 t",
        economic_risk: "概率 × 损失",
        evaluation: "工时 × 每小时成本",
        learning: "人数 × 每人工时 × 每小时成本",
        point: "比例 × 年支出",
        emotional: "Σ（评分 − 1）× 每分价值",
        total: "SC = 财务性 + 程序性 + 情感性",
    }),
};
