//! Whether an event happened: planned, hypothetical and negated events.

use crate::ir::Modality;
use crate::recognize::Analysed;
use crate::text::TokenKind;

/// Words before a trigger that mark it as not (yet) having happened.
const PLANNED_CUES: &[&str] = &[
    "will",
    "shall",
    "plans",
    "planned",
    "plan",
    "expected",
    "scheduled",
    "set",
    "upcoming",
    "next",
    "proposed",
    "intends",
    "hopes",
    "due",
    "would",
    "to",
    "'ll",
    "’ll",
    "forthcoming",
];

const NEGATION_CUES: &[&str] = &[
    "not",
    "never",
    "n't",
    "didn't",
    "did",
    "refused",
    "declined",
    "cancelled",
    "canceled",
    "postponed",
    "no",
    // "avoided a face-to-face with Sharif".
    "avoided",
    "avoids",
    "avoiding",
];

pub(super) fn modality(s: &Analysed, first: usize, from: usize) -> Option<Modality> {
    // Words inside a quotation before the verb are the speaker's ("\"We will hold,\"
    // Salinas said"): the window starts after the last quotation mark.
    let start = from.max(first.saturating_sub(5));
    let start = (start..first)
        .rev()
        .find(|&i| matches!(s.tok(i), "\"" | "”" | "“" | "’" | "‘"))
        .map_or(start, |i| i + 1);
    let window: Vec<&str> = (start..first).map(|i| s.low(i)).collect();
    let text = s.lower_text();
    // "failed to agree", "left without agreeing": what was tried and not done.
    let failed = window
        .windows(2)
        .any(|w| matches!(w[0], "failed" | "fails" | "fail") && w[1] == "to")
        || (first > 0 && s.low(first - 1) == "without");
    if failed
        || window
            .iter()
            .copied()
            .any(|w| NEGATION_CUES.contains(&w) && w != "did")
        || window.windows(2).any(|w| {
            (w[0] == "did" && w[1] == "not")
                || (matches!(w[0], "stayed" | "stays" | "stay" | "kept") && w[1] == "away")
        })
    {
        return Some(Modality::Negated);
    }
    if window
        .iter()
        .copied()
        .any(|w| w == "would" || w == "could" || w == "might")
        && text.contains(" if ")
    {
        return Some(Modality::Hypothetical);
    }
    // A trigger that opens with the cue ("due in the Maldives", "expected in Cairo",
    // "is to address", "did not attend", "refused to attend").
    let auxiliary = matches!(
        s.low(first),
        "did"
            | "does"
            | "do"
            | "will"
            | "would"
            | "could"
            | "can"
            | "has"
            | "have"
            | "had"
            | "chose"
            | "decided"
    );
    // ("did not rule out talks" says something: no negation there.)
    let rules_out = (first..first + 4).any(|t| s.low(t) == "rule");
    // ("stayed away from the summit", "boycotted the talks": not there either; but
    // "boycotted the vote and met ..." says nothing of the meeting.)
    let gathering_follows = (first + 1..first + 5).any(|t| GATHERING_NOUNS.contains(&s.low(t)));
    let stayed_away = matches!(s.low(first), "stayed" | "stays" | "stay" | "kept")
        && s.low(first + 1) == "away"
        && gathering_follows;
    let stayed_out = matches!(
        s.low(first),
        "skipped" | "boycotted" | "shunned" | "snubbed"
    ) && gathering_follows;
    if !rules_out
        && (matches!(
            s.low(first),
            "refused" | "declined" | "didn't" | "won't" | "wouldn't" | "couldn't"
        ) || stayed_away
            || stayed_out
            || (auxiliary && matches!(s.low(first + 1), "not" | "n't")))
    {
        return Some(Modality::Negated);
    }
    let is_to = matches!(s.low(first), "is" | "are" | "was" | "were") && s.low(first + 1) == "to";
    // "is due to fly to Seoul later Saturday for talks with Moon": the purpose of a
    // journey still to come is to come too.
    let purpose_of_plan = first > 0
        && s.low(first - 1) == "for"
        && (from.max(first.saturating_sub(12))..first).any(|t| {
            matches!(
                s.low(t),
                "due" | "will" | "expected" | "scheduled" | "plans" | "planned" | "set"
            )
        });
    if purpose_of_plan {
        return Some(Modality::Planned);
    }
    // "invited Rahmon to pay a state visit", "an invitation to visit Japan": a visit
    // invited to is planned, as the fixtures annotate it, unless the invitation was
    // withdrawn. ("At the invitation of Xi, Putin visited Beijing" was made.)
    let invited = (from.max(first.saturating_sub(10))..first).any(|t| {
        matches!(s.low(t), "invited" | "invites" | "inviting")
            || (s.low(t) == "invitation" && s.low(t + 1) == "to")
    });
    if invited {
        let withdrawn = (from..first)
            .any(|t| matches!(s.low(t), "withdrew" | "withdrawn" | "rescinded" | "revoked"));
        return Some(if withdrawn {
            Modality::Negated
        } else {
            Modality::Planned
        });
    }
    if matches!(s.low(first), "due" | "expected" | "scheduled" | "will") || is_to {
        return Some(Modality::Planned);
    }
    // "The next day he held talks": a day after another event of the story, not a
    // day still to come.
    // (Past tense only: "The next day he travels to Tokyo" is an itinerary.)
    // (The verb is the trigger's, or one between "the next day" and it: "he held
    // talks".)
    let is_past = |verb: &str| {
        verb.ends_with("ed")
            || matches!(
                verb,
                "met"
                    | "held"
                    | "flew"
                    | "went"
                    | "spoke"
                    | "saw"
                    | "made"
                    | "gave"
                    | "took"
                    | "began"
                    | "sat"
                    | "led"
                    | "had"
                    | "was"
                    | "were"
                    | "signed"
                    | "paid"
            )
    };
    let past = is_past(s.low(first)) || window.iter().any(|w| is_past(w));
    let narrative_next = |i: usize| {
        past && window[i] == "next"
            && i > 0
            && window[i - 1] == "the"
            && window
                .get(i + 1)
                .is_some_and(|w| *w == "day" || super::actors::DAY_PARTS.contains(w))
    };
    if (0..window.len()).any(|i| PLANNED_CUES.contains(&window[i]) && !narrative_next(i)) {
        // "to" counts only as "to meet"/"to visit" right before the trigger.
        let only_to = window
            .iter()
            .filter(|w| PLANNED_CUES.contains(w))
            .all(|w| *w == "to");
        // ("became the first Indian prime minister to visit China": done, not planned.)
        let first_to = only_to
            && window
                .iter()
                .any(|w| matches!(*w, "first" | "second" | "third" | "last" | "only"));
        // ("used the wait to hold a bilateral meeting", "took the opportunity to meet":
        // the purpose of something done, unless the clause plans it: not "is expected
        // to use the occasion to meet", "hopes to take the opportunity".)
        let done_for = only_to
            && window.iter().any(|w| matches!(*w, "used" | "took"))
            && !(from..first).any(|t| {
                let w = s.low(t);
                (PLANNED_CUES.contains(&w) && w != "to") || w == "going"
            });
        if !first_to && !done_for && (!only_to || window.last() == Some(&"to")) {
            return Some(Modality::Planned);
        }
    }
    None
}

/// Nouns for a gathering one can stay away from.
const GATHERING_NOUNS: &[&str] = &[
    "summit",
    "summits",
    "talks",
    "meeting",
    "meetings",
    "conference",
    "ceremony",
    "session",
    "gathering",
    "forum",
    "inauguration",
    "funeral",
    "dinner",
    "negotiations",
];

/// Nouns that name an event ("his state visit", "the meeting"), which the words after
/// them may call off.
const EVENT_NOUNS: &[&str] = &[
    "visit",
    "trip",
    "tour",
    "meeting",
    "talks",
    "summit",
    "conference",
    "journey",
];

/// "his state visit to Seoul, which was to follow the Tokyo stop, was being postponed":
/// an event named by a noun at `first..last`, after a determiner or a possessive, that
/// the words after it (past a relative clause, not past "but", "while", "and" or a
/// semicolon) say in the passive was called off.
pub(super) fn called_off_after(s: &Analysed, first: usize, last: usize) -> bool {
    let Some(noun) = (first..last).find(|&t| EVENT_NOUNS.contains(&s.low(t))) else {
        return false;
    };
    // The words before the noun, back to the trigger's start or two words before it,
    // must hold a determiner ("the meeting", "his state visit", "Putin's trip").
    let determined = (first.saturating_sub(2).min(noun)..noun).any(|t| {
        matches!(
            s.low(t),
            "the" | "his" | "her" | "their" | "its" | "a" | "an" | "this" | "that" | "our"
        ) || s.low(t).ends_with("'s")
            || s.low(t).ends_with("’s")
    });
    // ("Talks between Kyiv and Moscow, set for Monday, were postponed": a bare noun
    // opening its sentence.)
    let opens =
        noun == 0 || (noun == first && first > 0 && s.tokens[first - 1].kind != TokenKind::Word);
    if !(determined || opens) || s.low(first).ends_with("ed") {
        return false;
    }
    let limit = s.tokens.len().min(last + 14);
    let end = (last..limit)
        .find(|&t| matches!(s.low(t), "but" | ";" | "while" | "and"))
        .unwrap_or(limit);
    (last..end).any(|t| {
        let passive = (t.saturating_sub(3)..t).any(|b| {
            matches!(
                s.low(b),
                "was" | "were" | "been" | "be" | "being" | "is" | "are"
            )
        });
        let undone = matches!(
            s.low(t),
            "postponed" | "cancelled" | "canceled" | "scrapped" | "shelved" | "delayed"
        ) || (s.low(t) == "called" && s.low(t + 1) == "off");
        passive && undone
    })
}
