//! A front matter that YAML cannot read, as a diagnostic: at the line and
//! column the engine gives (or at the tab it means), in plain words where
//! its wording is known, with the nearest key when a key is unknown.

use std::path::Path;

use super::yaml;
use crate::diag::{Diagnostics, Span, nearest};
use crate::msg;

pub(super) fn report_yaml_error(
    e: &yaml::Error,
    yaml: &str,
    path: &Path,
    front_line: usize,
    diags: &mut Diagnostics,
) {
    let (line, col) = e
        .location
        .map_or((1, 1), |(line, col)| (front_line + line.max(1), col));
    let raw = e.message.clone();
    let message = raw
        .split(" at line ")
        .next()
        .unwrap_or(&raw)
        .trim()
        .to_string();
    // Line `n` of the front matter (1-based, the line after the opening ---).
    let yaml_lines: Vec<&str> = yaml.lines().collect();
    let front = |line: usize| {
        line.checked_sub(front_line + 1)
            .and_then(|i| yaml_lines.get(i))
    };
    // A tab: the parser names it, sometimes on the line after the tab's.
    // Point at the tab itself.
    if message
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "tab" || w == "tabs")
    {
        let tab = [line, line.saturating_sub(1)]
            .into_iter()
            .find_map(|l| {
                front(l).and_then(|t| t.find('\t').map(|i| (l, t[..i].chars().count() + 1)))
            })
            .or_else(|| {
                yaml_lines.iter().enumerate().find_map(|(i, t)| {
                    t.find('\t')
                        .map(|b| (front_line + 1 + i, t[..b].chars().count() + 1))
                })
            });
        let (line, col) = tab.unwrap_or((line, col));
        diags
            .error("yaml", Span::at(path, line, col), msg!("yaml-tab"))
            .help(msg!("yaml-tab-help"));
        return;
    }
    // `mål: []` says the list is empty; lines under it then cannot
    // belong to it (the template of `styrdok new` once set this trap).
    if message.contains("did not find expected key") {
        let empty = (front_line + 1..line).rev().find_map(|l| {
            let text = front(l)?.trim_end();
            let key = text.strip_suffix("[]")?.trim_end().strip_suffix(':')?;
            Some((l, key.trim().to_string()))
        });
        if let Some((at, key)) = empty {
            diags
                .error(
                    "yaml",
                    Span::at(path, line, col),
                    msg!("yaml-empty-list", key = key.as_str(), line = at),
                )
                .help(msg!("yaml-empty-list-help", key = key.as_str()));
            return;
        }
    }
    let message = yaml_message(&message);
    let unknown = match &message {
        crate::messages::Message::Id {
            id: "yaml-unknown-key",
            args,
        } => args
            .iter()
            .find(|(n, _)| *n == "key")
            .map(|(_, v)| v.clone()),
        _ => None,
    };
    let twice = matches!(
        message.id(),
        Some("yaml-year-twice" | "yaml-key-twice" | "yaml-some-key-twice")
    );
    let d = diags.error("yaml", Span::at(path, line, col), message);
    if let Some(crate::messages::Arg::Text(unknown)) = unknown {
        let (place, keys) = nested_place(&raw);
        if let Some(s) = nearest(&unknown, keys.iter().copied()) {
            d.help(msg!(
                "yaml-unknown-key-help",
                suggestion = s,
                place = place,
                keys = keys.join(", ")
            ));
            return;
        }
    }
    if twice {
        d.help(msg!("yaml-twice-help"));
        return;
    }
    d.help(msg!("yaml-help"));
}

/// The nested set of keys an "unknown field" message of the YAML crate is
/// about, told by the keys it expects ("…, expected one of datum,
/// beskrivning, större"): its name and its keys.
fn nested_place(msg: &str) -> (crate::messages::Message, Vec<&'static str>) {
    use super::keys::{CHANGE_KEYS, GOAL_KEYS, REPEAL_KEYS};
    let names = |keys: &[(&'static str, &str, &str, &str)]| keys.iter().map(|k| k.0).collect();
    let expected = msg.split("expected one of ").nth(1).unwrap_or("");
    if expected.contains("beskrivning") {
        (msg!("yaml-place-change"), names(CHANGE_KEYS))
    } else if expected.contains("anledning") {
        (msg!("yaml-place-repeal"), names(REPEAL_KEYS))
    } else {
        (msg!("yaml-place-goal"), names(GOAL_KEYS))
    }
}

/// Turns the YAML crate's wording into plain words where it is known.
fn yaml_message(msg: &str) -> crate::messages::Message {
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        let (place, _) = nested_place(msg);
        return msg!("yaml-unknown-key", key = field, place = place);
    }
    if let Some(rest) = msg.strip_prefix("duplicate mapping key") {
        let key = rest
            .strip_prefix(": ")
            .and_then(|r| r.split(", set ").next())
            .unwrap_or("")
            .trim();
        return if key.len() == 4 && key.bytes().all(|b| b.is_ascii_digit()) {
            msg!("yaml-year-twice", year = key)
        } else if key.is_empty() {
            msg!("yaml-some-key-twice")
        } else {
            msg!("yaml-key-twice", key = key)
        };
    }
    if msg.contains("invalid type") && msg.contains("expected a text") {
        return msg!("yaml-expected-text", cause = msg);
    }
    msg!("yaml-invalid", cause = msg)
}
