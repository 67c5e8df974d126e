//! 简体中文：答案（见 `messages/answers.rs`）。

use crate::i18n::{t, Answers, ByPeriod};

pub(super) const ANSWERS: Answers = Answers {
    summary: "摘要",
    table_title: "谈判桌上",
    table_with: ByPeriod {
        month: t(
            "竞争对手报价每月 {0} 时，这位客户理性上最多愿意付给您每月 {1}：\
                  即对方报价加上 {2}——这是离开的代价在 {3}内摊到每月的金额。",
        ),
        year: t(
            "竞争对手报价每年 {0} 时，这位客户理性上最多愿意付给您每年 {1}：\
                 即对方报价加上 {2}——这是离开的代价在 {3}内摊到每年的金额。",
        ),
    },
    table_hint: "填写竞争对手报价，即可得到这位客户愿意接受的最高价格。",
    table_inside: t("目前的 {0} 在这一空间之内，还有 {1} 的余地。"),
    table_outside: t("目前的 {0} 已高出 {1}：按这个价格，客户离开更划算。"),
    table_whatif: ByPeriod {
        month: t("若转换成本变动 {0}（{1}），溢价空间将为每月 {2}"),
        year: t("若转换成本变动 {0}（{1}），溢价空间将为每年 {2}"),
    },
    table_up_to: t("，最高价格可达 {0}。"),
    table_end: "。",
    max_price: "客户可接受的最高价",
    max_price_note: t("对手报价 {0} + 溢价空间 {1}"),
    premium_whatif: t("转换成本变动 {0} 时的溢价空间"),
    premium_whatif_note: t("转换成本为 {0} 时"),
    extrapolating_capped: "模型正在外推：按目前的转换成本，它把“转换零成本时的流失率”推到了 \
                           100% 的上限，因此各种假设分析只依赖曲线上很小的一段。",
    extrapolating_move: t("模型正在外推：这一假设使客户终身价值变动 {0}，超过一半。\
                           请把它当作方向，而不是预测。"),
    extrapolating_check: "请检查竞争对手的典型优势和决策期：优势越大或决策期越长，\
                          目前的转换成本留住的客户就越少，模型也就不必外推那么远。",
    simple_lead: t("多数计算器会给出 {0}（贡献 ÷ 流失率）。"),
    simple_same: "此处 Moat 的结果与之相同：不贴现、首笔付款在签约时、且不设测算期限。",
    simple_why: t("Moat 的结果不同，因为{0}。"),
    reason_discount: t("未来的钱在今天价值更低（每年 {0}）"),
    reason_arrears: "每期在期末付款，且只有仍在的客户才付",
    reason_horizon: t("只计算 {0}"),
    reason_join: "；",
    payback_never: "贡献始终无法覆盖 CAC。",
    cohort_never: "无法回本",
    not_given: "未填写",
    example_mark: "示例值",
    example_hint: "仍是示例中的数值：请填写您自己的。",
};
