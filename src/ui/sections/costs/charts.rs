//! The charts of "Where the costs come from", with their words in the language on screen:
//! where the leads funnel leaks, and service level and cost per contact by agents on duty.

use crate::charts::{funnel, staffing, Look, Palette};
use crate::model::costs::Costs;
use crate::state::Session;
use crate::ui::kit::{Canvas, Picture, Voice};
use crate::ui::store::Say;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use std::rc::Rc;

/// What the section's charts are drawn from: the results, and how to speak of them.
pub struct Drawn {
    costs: Rc<Costs>,
    /// The service-level target, a fraction.
    target: f64,
    voice: Voice,
}

impl Drawn {
    /// Whether the words and the look are the same.
    fn same_words(&self, other: &Drawn) -> bool {
        self.voice == other.voice
    }
}

impl Drawn {
    fn of(session: &Session) -> Drawn {
        Drawn {
            costs: session.results.costs.clone(),
            target: session.results.valid.costs.sl_target,
            voice: Voice::of(session),
        }
    }

    fn say(&self) -> Say<'_> {
        self.voice.say()
    }

    fn look(&self, scale: f64, palette: Palette) -> Look<'_> {
        self.voice.look(scale, palette)
    }
}

/// Where the leads funnel leaks.
pub struct FunnelChart(Drawn);
/// Service level and cost per contact by agents on duty.
pub struct StaffingChart(Drawn);

/// A chart is drawn again only when what it shows moves, not at every change of the costs
/// (a new horizon moves the value at stake, not the funnel).
impl PartialEq for FunnelChart {
    fn eq(&self, other: &FunnelChart) -> bool {
        self.0.same_words(&other.0) && self.0.costs.funnel == other.0.costs.funnel
    }
}

impl PartialEq for StaffingChart {
    fn eq(&self, other: &StaffingChart) -> bool {
        let (a, b) = (&self.0, &other.0);
        a.same_words(b)
            && a.target == b.target
            && (Rc::ptr_eq(&a.costs, &b.costs)
                || a.costs.service_level_way == b.costs.service_level_way)
    }
}

impl FunnelChart {
    pub fn new(session: &Session) -> FunnelChart {
        FunnelChart(Drawn::of(session))
    }
}

impl StaffingChart {
    pub fn new(session: &Session) -> StaffingChart {
        StaffingChart(Drawn::of(session))
    }
}

impl Picture for FunnelChart {
    fn name(&self) -> &'static str {
        "funnel"
    }

    fn caption(&self) -> (String, String) {
        let say = self.0.say();
        let m = &say.m.costs;
        let f = &self.0.costs.funnel;
        // The step that loses the most leads: the stage it leads to.
        let worst = (0..f.lost.len()).fold(0, |w, i| if f.lost[i] > f.lost[w] { i } else { w });
        let text = m.funnel_summary.fill([
            &say.number(f.stages[0], 0),
            &say.number(f.customers, 2),
            m.stages[worst + 1],
        ]);
        (m.funnel_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.costs;
        let f = &d.costs.funnel;
        let labels = funnel::Labels {
            stages: m.stages.map(String::from),
            counts: f.stages.map(|x| say.number(x, 0)),
            x_axis: m.leads_axis.get(d.voice.period).to_string(),
            kept: m.kept_series.into(),
            lost: m.lost_series.into(),
        };
        funnel::draw(area, &f.stages, &labels, &d.look(scale, palette)).is_ok()
    }
}

impl Picture for StaffingChart {
    fn name(&self) -> &'static str {
        "staffing"
    }

    fn caption(&self) -> (String, String) {
        let say = self.0.say();
        let m = &say.m.costs;
        let text = match &self.0.costs.service_level_way {
            Ok(l) => m.staffing_summary.fill([
                &say.number(f64::from(l.agents_needed), 0),
                &say.percent(l.service_level, 1),
                &say.money(l.cost_per_contact),
            ]),
            Err(_) => String::new(),
        };
        (m.staffing_chart.into(), text)
    }

    fn draw(&self, area: &DrawingArea<Canvas, Shift>, scale: f64, palette: Palette) -> bool {
        let (d, say) = (&self.0, self.0.say());
        let m = &say.m.costs;
        let Ok(l) = &d.costs.service_level_way else {
            return false;
        };
        let points: Vec<staffing::Point> = l
            .curve
            .iter()
            .map(|p| staffing::Point {
                agents: f64::from(p.agents),
                level: p.service_level,
                cost: p.cost_per_contact,
            })
            .collect();
        let labels = staffing::Labels {
            x_axis: m.agents_axis.into(),
            level_axis: m.level_axis.into(),
            cost_axis: m.contact_axis.fill([&d.voice.currency]),
            level: m.level_series.into(),
            cost: m.contact_series.into(),
            target: m.target_marker.fill([&say.percent(d.target, 1)]),
            chosen: m.chosen_marker.fill([
                &say.number(f64::from(l.agents_needed), 0),
                &say.percent(l.service_level, 1),
            ]),
        };
        staffing::draw(
            area,
            &points,
            d.target,
            f64::from(l.agents_needed),
            &labels,
            &d.look(scale, palette),
        )
        .is_ok()
    }
}
