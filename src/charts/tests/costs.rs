//! The contact-centre and funnel charts as the checks get them: leads funnels (a typical
//! one, one emptied on the way, one without leads, a huge one) and staffing by Erlang C
//! (formulas.md §7: the textbook case, a large centre, a single point, identical costs),
//! with their words in both languages.

use super::{measure, record, report};
use crate::charts::{funnel, staffing};
use crate::i18n::format::{grouped, number};
use crate::i18n::Lang;

/// Funnels: the counts at the five stages a month.
fn funnels() -> Vec<(&'static str, [f64; 5])> {
    vec![
        ("typical", [2000.0, 500.0, 200.0, 100.0, 20.0]),
        ("emptied", [1500.0, 600.0, 0.0, 0.0, 0.0]),
        ("no leads", [0.0; 5]),
        ("huge", [4.5e9, 9e8, 1.2e8, 3e7, 1.5e6]),
    ]
}

fn funnel_labels(lang: Lang, stages: &[f64; 5]) -> funnel::Labels {
    let zh = lang == Lang::Zh;
    let names = match zh {
        true => ["线索", "市场认可线索", "销售线索", "销售认可线索", "客户"],
        false => [
            "Leads",
            "Marketing-qualified",
            "Sales leads",
            "Sales-qualified",
            "Customers",
        ],
    };
    let counts = std::array::from_fn(|i| {
        let count = grouped(stages[i], 0);
        match i.checked_sub(1).map(|j| stages[j]).filter(|p| *p > 0.0) {
            Some(before) => {
                let drop = lang.percent_of(number((1.0 - stages[i] / before) * 100.0, 0));
                match zh {
                    true => format!("{count}（−{drop}）"),
                    false => format!("{count} (−{drop})"),
                }
            }
            None => count,
        }
    });
    let [x_axis, kept, lost] = match zh {
        true => ["每月线索数", "仍在漏斗中", "在此步流失"],
        false => ["Leads a month", "Still in the funnel", "Lost at this step"],
    };
    funnel::Labels {
        stages: names.map(String::from),
        counts,
        x_axis: x_axis.into(),
        kept: kept.into(),
        lost: lost.into(),
    }
}

/// A contact centre: calls an hour, the average handling time and the target answer time
/// (seconds), the agents looked at, and the cost of an agent a month.
struct Centre {
    name: &'static str,
    currency: &'static str,
    calls: f64,
    handling: f64,
    answer: f64,
    agents: Vec<u32>,
    salary: f64,
}

/// The service level with `n` agents at `a` Erlangs: Erlang B by its recurrence, then
/// Erlang C, then the share answered within `answer` seconds.
fn service_level(a: f64, n: u32, answer: f64, handling: f64) -> f64 {
    let b = (1..=n).fold(1.0, |b, k| a * b / (f64::from(k) + a * b));
    let n = f64::from(n);
    let waits = n * b / (n - a * (1.0 - b));
    1.0 - waits * (-(n - a) * answer / handling).exp()
}

struct Staffing {
    name: &'static str,
    currency: &'static str,
    points: Vec<staffing::Point>,
    target: f64,
    chosen: f64,
}

impl Centre {
    fn staffing(&self) -> Staffing {
        let a = self.calls * self.handling / 3600.0;
        let points: Vec<staffing::Point> = self
            .agents
            .iter()
            .map(|&n| staffing::Point {
                agents: f64::from(n),
                level: service_level(a, n, self.answer, self.handling),
                // 70 % of an agent's time on duty: ⌈N/0.7⌉ on the payroll, 8 h a day,
                // 30 days a month.
                cost: (f64::from(n) / 0.7).ceil() * self.salary / (self.calls * 8.0 * 30.0),
            })
            .collect();
        let chosen = points
            .iter()
            .find(|p| p.level >= 0.8)
            .or(points.last())
            .map_or(0.0, |p| p.agents);
        Staffing {
            name: self.name,
            currency: self.currency,
            points,
            target: 0.8,
            chosen,
        }
    }
}

fn staffings() -> Vec<Staffing> {
    let textbook = Centre {
        name: "textbook",
        currency: "USD",
        calls: 200.0,
        handling: 180.0,
        answer: 20.0,
        agents: (11..=18).collect(),
        salary: 3000.0,
    };
    let large = Centre {
        name: "large CNY",
        currency: "CNY",
        calls: 10_000.0,
        agents: (501..=560).collect(),
        salary: 9000.0,
        ..textbook
    };
    let single = Centre {
        name: "single",
        agents: vec![14],
        ..textbook
    };
    let mut flat = textbook.staffing();
    for p in &mut flat.points {
        p.cost = 1.25;
    }
    flat.name = "identical costs";
    vec![
        textbook.staffing(),
        large.staffing(),
        single.staffing(),
        flat,
    ]
}

fn staffing_labels(lang: Lang, s: &Staffing) -> staffing::Labels {
    let level = s
        .points
        .iter()
        .find(|p| p.agents == s.chosen)
        .map_or(0.0, |p| p.level);
    let (agents, level) = (number(s.chosen, 0), lang.percent(level, 1));
    let target = lang.percent(s.target, 0);
    let (c, zh) = (s.currency, lang == Lang::Zh);
    let words = match zh {
        true => [
            "在岗坐席数".into(),
            "服务水平（%）".into(),
            format!("每次联系成本（{c}）"),
            "服务水平".into(),
            "每次联系成本".into(),
            format!("目标 {target}"),
            format!("{agents} 名坐席：{level}"),
        ],
        false => [
            "Agents on duty".into(),
            "Service level (%)".into(),
            format!("Cost per contact ({c})"),
            "Service level".into(),
            "Cost per contact".into(),
            format!("Target {target}"),
            format!("{agents} agents: {level}"),
        ],
    };
    let [x_axis, level_axis, cost_axis, level, cost, target, chosen] = words;
    staffing::Labels {
        x_axis,
        level_axis,
        cost_axis,
        level,
        cost,
        target,
        chosen,
    }
}

#[test]
fn funnel_is_legible_at_every_ratio_and_width() {
    let mut found = Vec::new();
    for (name, stages) in funnels() {
        for lang in [Lang::En, Lang::Zh] {
            let l = funnel_labels(lang, &stages);
            let faults = measure("funnel", lang, "USD", |area, look| {
                funnel::draw(area, &stages, &l, look).unwrap()
            });
            found.extend(faults.into_iter().map(|f| format!("{name}: {f}")));
        }
    }
    report(&found);
}

#[test]
fn staffing_is_legible_at_every_ratio_and_width() {
    let mut found = Vec::new();
    for s in staffings() {
        for lang in [Lang::En, Lang::Zh] {
            let l = staffing_labels(lang, &s);
            let faults = measure("staffing", lang, s.currency, |area, look| {
                staffing::draw(area, &s.points, s.target, s.chosen, &l, look).unwrap()
            });
            found.extend(faults.into_iter().map(|f| format!("{}: {f}", s.name)));
        }
    }
    report(&found);
}

#[test]
fn the_textbook_centre_needs_fourteen_agents() {
    let s = &staffings()[0];
    assert_eq!(s.chosen, 14.0);
    let level = |n: f64| s.points.iter().find(|p| p.agents == n).map(|p| p.level);
    assert!(level(13.0).is_some_and(|l| (0.7..0.8).contains(&l)));
    assert!(level(14.0).is_some_and(|l| (l - 0.8884).abs() < 5e-4));
    assert!((s.points[0].cost - 16.0 * 3000.0 / 48_000.0).abs() < 1e-12);
    assert_eq!(staffing_labels(Lang::En, s).chosen, "14 agents: 88.8 %");
}

#[test]
fn every_stage_is_named_and_counted_even_at_zero_and_agents_are_whole() {
    let stages = [0.0; 5];
    let l = funnel_labels(Lang::En, &stages);
    let (_, r) = record(
        (577, 320),
        1.0,
        |area, look| funnel::draw(area, &stages, &l, look).unwrap(),
        Lang::En,
        "USD",
    );
    let texts: Vec<&str> = r.texts.iter().map(|(t, _)| t.as_str()).collect();
    for name in l.stages.iter().chain([&l.kept, &l.lost, &l.x_axis]) {
        assert!(texts.contains(&name.as_str()), "{name}");
    }
    assert_eq!(texts.iter().filter(|t| **t == "0").count(), 6, "{texts:?}");
    let s = &staffings()[0];
    let l = staffing_labels(Lang::En, s);
    let (_, r) = record(
        (577, 320),
        1.0,
        |area, look| staffing::draw(area, &s.points, s.target, s.chosen, &l, look).unwrap(),
        Lang::En,
        "USD",
    );
    let texts: Vec<&str> = r.texts.iter().map(|(t, _)| t.as_str()).collect();
    assert!(["11", "14", "18", "0 %", "100 %", "$1.00"]
        .iter()
        .all(|t| texts.contains(t)));
    assert!(!texts.iter().any(|t| t.ends_with(".5")));
    assert!(texts.contains(&"14 agents: 88.8 %"));
}
