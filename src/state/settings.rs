//! The settings registry: every choice among words declared once, with its share-link
//! parameter, its words and its default. The scenario, the link, the examples and the
//! README check read it; a view places a setting as a switch or a segmented choice.
//!
//! The period, the timing, the currency and retention-or-churn stay typed fields of the
//! scenario: switching them converts other inputs or renames a parameter.

/// A choice among words. The order is the share link's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// Whether lifetime value takes the churn the barrier model gives.
    UseModel,
    /// Whether every view takes the leads funnel's CAC.
    UseFunnel,
    /// How the contact centre is costed: by an assumed utilisation, or staffed to a
    /// service level.
    Staffing,
    /// Whether every view takes the serving cost the channels give.
    UseChannels,
    /// How the installed unit loses value: straight line or declining balance.
    Depreciation,
}

/// Every setting, in declaration order: `SETTINGS[s as usize] == s`.
pub const SETTINGS: [Setting; 5] = [
    Setting::UseModel,
    Setting::UseFunnel,
    Setting::Staffing,
    Setting::UseChannels,
    Setting::Depreciation,
];

/// The words of a switch: off, then on.
pub const YES_NO: &[&str] = &["no", "yes"];

/// Everything about one setting.
pub struct SettingSpec {
    /// Its share-link and query parameter.
    pub param: &'static str,
    /// The link's word for each value; a value is an index into these.
    pub words: &'static [&'static str],
    pub default: u8,
}

impl Setting {
    /// The setting's row of the registry.
    pub fn spec(self) -> SettingSpec {
        let (param, words) = match self {
            Setting::UseModel => ("use_model", YES_NO),
            Setting::UseFunnel => ("use_funnel", YES_NO),
            Setting::Staffing => ("staffing", &["utilisation", "service_level"][..]),
            Setting::UseChannels => ("use_channels", YES_NO),
            Setting::Depreciation => ("depreciation", &["straight", "declining"][..]),
        };
        SettingSpec {
            param,
            words,
            default: 0,
        }
    }

    /// Whether the setting is a switch (its words are no and yes).
    pub fn is_switch(self) -> bool {
        self.spec().words == YES_NO
    }
}

impl SettingSpec {
    /// The value `text` names, in any case ("Yes", "SERVICE_LEVEL").
    pub fn read(&self, text: &str) -> Option<u8> {
        let text = text.trim();
        self.words
            .iter()
            .position(|w| w.eq_ignore_ascii_case(text))
            .and_then(|i| u8::try_from(i).ok())
    }

    /// The link's word for `value`.
    pub fn word(&self, value: u8) -> &'static str {
        self.words
            .get(usize::from(value))
            .copied()
            .unwrap_or_default()
    }
}
