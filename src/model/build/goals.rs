//! A document's goals and their indicators.

use std::collections::HashSet;

use super::Reader;
use crate::content::RawGoal;
use crate::content::yaml::Spanned;
use crate::diag::nearest;
use crate::model::indicator;
use crate::model::{Document, FocusId, Goal, GoalId, Ref};
use crate::msg;

impl Reader<'_> {
    pub(super) fn goals(&mut self, original: Option<&Document>) -> Option<Vec<Goal>> {
        let raw: Vec<Spanned<RawGoal>> = self.file.front.mal.clone().unwrap_or_default();
        let Some(original) = original else {
            let mut ids = HashSet::new();
            let mut out = Vec::new();
            let mut ok = true;
            for g in &raw {
                let at = self.span(g);
                let Some(id) = &g.value.id else {
                    self.diags
                        .error("missing-key", at, msg!("goal-without-id"))
                        .help(msg!("goal-without-id-help"));
                    ok = false;
                    continue;
                };
                let id_text = id.value.0.trim().to_string();
                if id_text.is_empty()
                    || id_text.chars().any(|c| {
                        c.is_whitespace() || matches!(c, '#' | '/' | '?' | '"' | '<' | '>')
                    })
                {
                    self.diags
                        .error("bad-id", self.span(id), msg!("bad-goal-id", id = &id_text))
                        .help(msg!("bad-goal-id-help"));
                    ok = false;
                    continue;
                }
                if !ids.insert(id_text.clone()) {
                    self.diags
                        .error(
                            "duplicate-goal",
                            self.span(id),
                            msg!("duplicate-goal", id = &id_text),
                        )
                        .help(msg!("duplicate-goal-help"));
                    ok = false;
                    continue;
                }
                let Some(title) = Self::text(&g.value.titel) else {
                    self.diags
                        .error("missing-key", at, msg!("goal-without-title", id = &id_text))
                        .help(msg!("goal-without-title-help"));
                    ok = false;
                    continue;
                };
                let Some(given) = self.indicators(&g.value, false) else {
                    ok = false;
                    continue;
                };
                out.push(Goal {
                    id: GoalId(id_text),
                    title,
                    focus_areas: self.goal_focus(&g.value),
                    indicators: indicator::original(given),
                    at,
                });
            }
            return ok.then_some(out);
        };
        // A translation: goals match the original's by id, or by position
        // where the id is left out.
        let mut out = original.goals.clone();
        let mut ok = true;
        for (i, g) in raw.iter().enumerate() {
            let at = self.span(g);
            let index = match &g.value.id {
                Some(id) => match original
                    .goals
                    .iter()
                    .position(|o| o.id.as_str() == id.value.0.trim())
                {
                    Some(i) => i,
                    None => {
                        let ids: Vec<&str> = original.goals.iter().map(|o| o.id.as_str()).collect();
                        let d = self.diags.error(
                            "unknown-goal",
                            self.span(id),
                            msg!("goal-not-in-original", id = id.value.0.as_str()),
                        );
                        match nearest(&id.value.0, ids.iter().copied()) {
                            Some(s) => d.help(msg!("did-you-mean", suggestion = s)),
                            None => d.help(msg!("original-goals", goals = ids.join(", "))),
                        };
                        ok = false;
                        continue;
                    }
                },
                None if i < original.goals.len() => i,
                None => {
                    self.diags
                        .error(
                            "unknown-goal",
                            at,
                            msg!(
                                "goal-number-not-in-original",
                                number = i + 1,
                                count = original.goals.len()
                            ),
                        )
                        .help(msg!("goal-number-not-in-original-help"));
                    ok = false;
                    continue;
                }
            };
            let goal = &mut out[index];
            if let Some(t) = Self::text(&g.value.titel) {
                goal.title = t;
            }
            if g.value.fokusomrade.is_some() {
                goal.focus_areas = self.goal_focus(&g.value);
            }
            if g.value.indikatorer.is_some() {
                let list_at = g
                    .value
                    .indikatorer
                    .iter()
                    .flatten()
                    .next()
                    .map_or_else(|| at.clone(), |i| self.span(i));
                let translated = self.indicators(&g.value, true).and_then(|given| {
                    indicator::translated(
                        given,
                        &original.goals[index].indicators,
                        &original.lang,
                        list_at,
                        self.diags,
                    )
                });
                match translated {
                    Some(list) => goal.indicators = list,
                    None => ok = false,
                }
            }
            goal.at = at;
        }
        ok.then_some(out)
    }

    pub(super) fn goal_focus(&self, g: &RawGoal) -> Vec<Ref<FocusId>> {
        match &g.fokusomrade {
            None => Vec::new(),
            Some(s) => {
                let at = self.span(s);
                s.value
                    .clone()
                    .into_vec()
                    .into_iter()
                    .map(|id| Ref {
                        target: FocusId(id.trim().to_string()),
                        at: at.clone(),
                    })
                    .collect()
            }
        }
    }

    /// A goal's `indikatorer` as written in this file.
    pub(super) fn indicators(
        &mut self,
        g: &RawGoal,
        translation: bool,
    ) -> Option<Vec<indicator::Given>> {
        let items = g.indikatorer.as_deref().unwrap_or_default();
        indicator::read(self.file, items, translation, self.data, self.diags)
    }
}
