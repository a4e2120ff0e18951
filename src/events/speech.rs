//! Who speaks and to whom: the speaker and addressee of a speech verb, and the outlets
//! events are attributed to.

use super::actors::{
    coordinated_subject, is_actor, participle_subject, person_before, title_start, Actor, Prefer,
};
use super::EventContext;
use crate::ir::{EntityKind, Event, EventClass};
use crate::recognize::MentionKind;
use crate::text::TokenKind;

/// Words between a comma and a speech verb that are not its subject.
const ATTRIBUTION_FILLERS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "already",
    "later",
    "then",
    "again",
    "however",
    "but",
    "and",
    "speaking",
    "adding",
    "who",
    "which",
    "once",
    "too",
    "would",
    "will",
    "earlier",
    "meanwhile",
    "in",
    "a",
    "statement",
    "on",
    "at",
    "the",
    "time",
];

/// Adverbs between a pronoun and its speech verb ("he also said").
const SPEECH_ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "further",
    "earlier",
    "repeatedly",
    "once",
    "has",
    "had",
    "have",
    "already",
    "reportedly",
    "separately",
];

/// The one who says "I" at token `t`, inside a quotation: a person named outside the
/// quotation in its sentence ("\"I met Baradar in Doha,\" Khalilzad said"), else in a
/// later sentence of the paragraph the quotation runs on into, else the one the
/// sentences before are about ("Sacirbey remembers Geneva. \"I signed because ...\"").
/// Outside quotations, "I" in an interview's answer is the one answering (`interviewee`).
pub(super) fn quote_speaker(cx: &EventContext, si: usize, t: usize) -> Option<usize> {
    let s = &cx.sentences[si];
    if s.tok(t) != "I" {
        return None;
    }
    if !cx.quotes.inside(si, s.tokens[t].start) {
        return interviewee(cx, si);
    }
    match attribution(cx, si) {
        Attribution::Named(e) => return Some(e),
        Attribution::Unnamed => return None,
        Attribution::None => {}
    }
    // (The quotation runs on: the attribution closes it, a sentence or two later.)
    let paragraph = s.sentence.paragraph;
    let mut sj = si + 1;
    while sj < cx.sentences.len()
        && sj <= si + 2
        && cx.sentences[sj].sentence.paragraph == paragraph
        && cx.sentences[sj]
            .tokens
            .first()
            .is_some_and(|tok| cx.quotes.inside(sj, tok.start))
    {
        match attribution(cx, sj) {
            Attribution::Named(e) => return Some(e),
            Attribution::Unnamed => return None,
            Attribution::None => {}
        }
        sj += 1;
    }
    person_before(cx, si, 0, Prefer::First)
}

/// Who a sentence says spoke the quotation in it.
enum Attribution {
    /// No words outside the quotation.
    None,
    /// A person named as the one who speaks ("Khalilzad said", "said Khalilzad",
    /// "Netanyahu told Obama:").
    Named(usize),
    /// Someone the words outside do not name: "a spokesman for Sharif said", "she
    /// said", "a reporter asked Kerry".
    Unnamed,
}

/// Verbs that attribute a quotation to the one who speaks.
const ATTRIBUTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "recalled",
    "recalls",
    "added",
    "wrote",
    "writes",
    "explained",
    "insisted",
    "stressed",
    "noted",
    "remembered",
    "declared",
    "replied",
];

/// The attribution of sentence `si`'s quotation: the subject of its attributing verb
/// outside the quotation (a person right after "said" or before the verb, not after a
/// preposition: "Lavrov, asked about his talks with Kerry, said" is Lavrov's).
fn attribution(cx: &EventContext, si: usize) -> Attribution {
    let s = &cx.sentences[si];
    let outside = |t: usize| !cx.quotes.inside(si, s.tokens[t].start);
    let words: Vec<usize> = (0..s.tokens.len())
        .filter(|&t| s.tokens[t].kind == TokenKind::Word && outside(t))
        .collect();
    if words.is_empty() {
        return Attribution::None;
    }
    let Some(&verb) = words
        .iter()
        .find(|&&t| ATTRIBUTING_VERBS.contains(&s.low(t)))
    else {
        return Attribution::Unnamed;
    };
    let people: Vec<(usize, usize)> = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| outside(m.first_token))
        .filter_map(|(mi, m)| {
            let e = cx.res.entity(si, mi)?;
            (cx.res.entities[e].kind == EntityKind::Person).then_some((m.first_token, e))
        })
        .collect();
    // "..., said Kremlin spokesman Dmitry Peskov".
    let after = people
        .iter()
        .find(|&&(at, _)| at > verb && title_start(s, at) <= verb + 2)
        .filter(|_| {
            matches!(
                s.low(verb),
                "said" | "says" | "added" | "recalled" | "wrote"
            )
        });
    if let Some(&(_, e)) = after {
        return Attribution::Named(e);
    }
    let subject = people.iter().find(|&&(at, _)| {
        let lead = title_start(s, at);
        at < verb
            && !(lead > 0
                && matches!(
                    s.low(lead - 1),
                    "for" | "with" | "about" | "to" | "by" | "of" | "after" | "on" | "from" | "as"
                ))
    });
    match subject {
        Some(&(_, e)) => Attribution::Named(e),
        None => Attribution::Unnamed,
    }
}

/// Who answers in the paragraph of sentence `si`, when it is an interview's answer: the
/// person its transcript line names ("Khalilzad: I met ..."), or for "A: ..." the person
/// the article names most often outside quotations.
fn interviewee(cx: &EventContext, si: usize) -> Option<usize> {
    let paragraph = cx.sentences[si].sentence.paragraph;
    let opening = (0..=si)
        .rev()
        .take_while(|&sj| cx.sentences[sj].sentence.paragraph == paragraph)
        .last()?;
    if let Some(line) = transcript_line(cx, opening) {
        return line.speaker;
    }
    let s = &cx.sentences[opening];
    let answer = matches!(s.tok(0), "A" | "Answer") && s.tok(1) == ":";
    if !answer {
        return None;
    }
    // The one the interview is with: "spoke with X", "interviewed X", "an interview
    // with X".
    for (sj, sen) in cx.sentences.iter().enumerate().take(si) {
        let verb = (0..sen.tokens.len()).find(|&t| {
            matches!(sen.low(t), "interviewed" | "interview")
                || (matches!(sen.low(t), "spoke" | "talked")
                    && matches!(sen.low(t + 1), "with" | "to"))
        });
        let Some(v) = verb else {
            continue;
        };
        let with = sen.mentions.iter().enumerate().find_map(|(mi, m)| {
            let e = cx.res.entity(sj, mi)?;
            (m.first_token > v
                && m.first_token <= v + 8
                && cx.res.entities[e].kind == EntityKind::Person)
                .then_some(e)
        });
        if with.is_some() {
            return with;
        }
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for (sj, sen) in cx.sentences.iter().enumerate() {
        for (mi, m) in sen.mentions.iter().enumerate() {
            let Some(e) = cx.res.entity(sj, mi) else {
                continue;
            };
            if cx.res.entities[e].kind != EntityKind::Person || cx.quotes.inside(sj, m.start) {
                continue;
            }
            match counts.iter_mut().find(|(p, _)| *p == e) {
                Some((_, n)) => *n += 1,
                None => counts.push((e, 1)),
            }
        }
    }
    // (The first named of the most named: the interview's introduction names them.)
    let most = counts.iter().map(|&(_, n)| n).max()?;
    counts.into_iter().find(|&(_, n)| n == most).map(|(e, _)| e)
}

/// The speaker of a speech verb: the sentence's subject for a participle ("..., saying")
/// or a verb after "and"; else the nearest actor before it ("X said", "X, the minister,
/// told"), or right after it ("said X"), or a pronoun's antecedent.
pub(super) fn speaker_of(
    cx: &EventContext,
    si: usize,
    first: usize,
    last: usize,
    before: &[&Actor],
    after: &[&Actor],
) -> Option<usize> {
    let s = &cx.sentences[si];
    if first > 0 && s.tok(first - 1) == "," && s.low(first).ends_with("ing") {
        return participle_subject(cx, si, first);
    }
    let from = before.iter().map(|a| a.token).min().unwrap_or(first);
    if let Some(subject) = coordinated_subject(cx, si, from, first) {
        return Some(subject);
    }
    // "..., the Egyptian presidency said": a trailing attribution names its speaker
    // between the last comma and the verb; a demonym there speaks for its country.
    let last_comma = (0..first).rev().find(|&t| s.tok(t) == ",");
    if let Some(c) = last_comma.filter(|&c| first - c <= 6) {
        let attributed = before
            .iter()
            .filter(|a| a.token > c && is_actor(a.kind) && !a.possessive)
            .filter(|a| !cx.quotes.inside(si, s.tokens[a.token].start))
            .max_by_key(|a| a.token);
        if let Some(a) = attributed {
            return Some(a.entity);
        }
        // "..., officials said", "..., the ministry announced": someone unnamed spoke,
        // not the person named earlier in the sentence.
        // Auxiliaries and adverbs ("has already said", "but later said") name no one.
        let mut words = (c + 1..first)
            .filter(|&t| s.tokens[t].kind == TokenKind::Word)
            .map(|t| s.low(t));
        let unnamed = words.clone().all(|w| w != "he" && w != "she")
            && words.any(|w| !ATTRIBUTION_FILLERS.contains(&w) && !w.ends_with("ly"));
        if unnamed {
            return None;
        }
    }
    // "Xi, according to the official Xinhua news agency, said": the person before the
    // attribution set off right before the verb.
    if first >= 2 && s.tok(first - 1) == "," {
        let according = (1..first - 2).rev().find(|&t| {
            s.low(t) == "according"
                && s.low(t + 1) == "to"
                && s.tok(t - 1) == ","
                && !(t + 2..first - 1).any(|u| s.tok(u) == ",")
        });
        if let Some(e) = according.and_then(|t| super::actors::person_ending_at(cx, si, t - 1)) {
            return Some(e);
        }
    }
    let nearest_before = before
        .iter()
        .filter(|a| is_actor(a.kind) && !a.demonym && !a.possessive)
        .filter(|a| !cx.quotes.inside(si, s.tokens[a.token].start))
        .max_by_key(|a| a.token);
    if let Some(a) = nearest_before {
        // Counted from the name's end: a long name ("Sheikh Mohammed bin Abdulrahman
        // Al Thani, Qatar's prime minister and foreign minister, said") is near too.
        let end = s.mention_end(a.token);
        if first.saturating_sub(end) <= 11 {
            return Some(a.entity);
        }
    }
    // "\"I told Holbrooke that ...\"": inside a quotation, its speaker.
    if let Some(t) = (first.saturating_sub(3)..first)
        .rev()
        .find(|&t| s.tok(t) == "I")
    {
        if (t + 1..first).all(|u| SPEECH_ADVERBS.contains(&s.low(u))) {
            if let Some(e) = quote_speaker(cx, si, t) {
                return Some(e);
            }
        }
    }
    // "he said", "he warned that Russia would": the last person named before this
    // sentence or earlier in it (before the words after the verb are tried).
    // ("He also announced", "she later said": adverbs may stand between.)
    let pronoun = (first.saturating_sub(3)..first).rev().find(|&t| {
        matches!(s.low(t), "he" | "she")
            && (t + 1..first).all(|u| SPEECH_ADVERBS.contains(&s.low(u)))
    });
    if let Some(t) = pronoun {
        // ("He said ..." opening a sentence repeats the subject of the one before:
        // "Watanabe, who met Kozyrev, told reporters ... He said".)
        let opens_sentence = (0..t)
            .all(|u| s.tokens[u].kind != TokenKind::Word || matches!(s.low(u), "but" | "and"));
        // ("He recalls a dinner at which Kovalev and Sherer agreed. \"...,\" he said."
        // A sentence that opened with the same pronoun keeps its referent.)
        // The same holds for the sentence just before a quotation that opens its own.
        let opener_in = |sj: usize, limit: usize| {
            let sen = &cx.sentences[sj];
            (0..limit)
                .find(|&u| sen.tokens[u].kind == TokenKind::Word)
                .filter(|&o| sen.low(o) == s.low(t) && sen.mention_at(o).is_none())
        };
        let quote_opens = (0..t)
            .filter(|&u| s.tokens[u].kind == TokenKind::Word)
            .all(|u| cx.quotes.inside(si, s.tokens[u].start));
        if !opens_sentence {
            if let Some(o) = opener_in(si, t).filter(|_| !quote_opens) {
                return person_before(cx, si, o, Prefer::First);
            }
            if let Some(prev) = si.checked_sub(1).filter(|_| quote_opens) {
                let len = cx.sentences[prev].tokens.len();
                if let Some(o) = opener_in(prev, len) {
                    return person_before(cx, prev, o, Prefer::First);
                }
            }
        }
        let prefer = if opens_sentence {
            Prefer::First
        } else {
            Prefer::Last
        };
        return person_before(cx, si, t, prefer);
    }
    // "said Lavrov", "..., said Lavrov, who ..." (but "told NBC News" names the
    // addressee, and "said President Putin did not ..." opens reported speech).
    let verb = s.low(first);
    if !verb.starts_with("told") && !verb.starts_with("tell") {
        let ends_clause = |a: &&&Actor| {
            let end = s.mention_end(a.token);
            matches!(s.tok(end), "" | "," | "." | ";" | ":" | "’" | "”" | "\"")
        };
        // ("said Russian Foreign Minister Sergei Lavrov.", "said Kenya's President
        // William Ruto": only a title, a demonym or a possessive country between.)
        let right_after = |a: &&&Actor| {
            a.token <= last + 1
                || (a.token <= last + 8
                    && (last..a.token).all(|t| {
                        s.tok(t).starts_with(char::is_uppercase)
                            || matches!(s.tok(t), "'s" | "’s" | "of")
                            || s.mention_at(t).is_some_and(|mi| {
                                matches!(s.mentions[mi].kind, MentionKind::Title { .. })
                            })
                    }))
        };
        if let Some(a) = after
            .iter()
            .filter(|a| is_actor(a.kind) && right_after(a))
            .find(ends_clause)
        {
            return Some(a.entity);
        }
        // "said the chief mediator of ECOWAS, former Nigerian head of state General
        // Abdulsalami Abubakar.": a person closing the sentence after the speaker's
        // titles, with no preposition that would make them someone else ("said on
        // Tuesday after meeting Blinken").
        let titled = after
            .iter()
            .filter(|a| a.kind == EntityKind::Person && ends_clause(a))
            .find(|a| {
                (last..a.token).any(|t| s.tok(t) == ",")
                    && !(last..a.token).any(|t| {
                        s.low(t).ends_with("ing")
                            || matches!(
                                s.low(t),
                                "after"
                                    | "with"
                                    | "to"
                                    | "by"
                                    | "before"
                                    | "during"
                                    | "in"
                                    | "at"
                                    | "on"
                                    | "that"
                            )
                    })
            });
        if let Some(a) = titled {
            return Some(a.entity);
        }
    }
    // "Kerry, who addressed the council on Monday, said": the sentence's subject.
    let subject = s
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.first_token < first && !cx.quotes.inside(si, m.start))
        .filter(|(_, m)| !matches!(m.kind, MentionKind::Demonym(_)))
        .find_map(|(mi, m)| cx.res.entity(si, mi).map(|e| (m, e)));
    if let Some((m, e)) = subject {
        // ("“...,” Sheikh Mohammed, Qatar's prime minister, said": after a quotation.)
        let opens = (0..m.first_token).all(|t| {
            s.tokens[t].kind == crate::text::TokenKind::Punct
                || cx.quotes.inside(si, s.tokens[t].start)
        });
        let apposed = s.tok(m.last_token) == ",";
        if cx.res.entities[e].kind == EntityKind::Person && opens && apposed {
            return Some(e);
        }
    }
    None
}

/// "Officials told NBC News that these talks ...", "according to Reuters": attribute
/// the sentence's events, or the earlier event it points back to, to the outlet.
pub(super) fn attach_reporters(cx: &EventContext, events: &mut [Event]) {
    for (si, s) in cx.sentences.iter().enumerate() {
        let lower = s.lower_text();
        let media: Vec<usize> = s
            .mentions
            .iter()
            .enumerate()
            .filter_map(|(mi, m)| {
                let e = cx.res.entity(si, mi)?;
                let ent = &cx.res.entities[e];
                let is_media = ent.subkind.as_deref() == Some("media");
                let before = s.sentence.text[..m.start].to_lowercase();
                let after = s.sentence.text[m.end..].to_lowercase();
                let cue = before.ends_with("told ")
                    || before.ends_with("according to ")
                    || before.ends_with("according to the ")
                    || after.trim_start().starts_with("reported")
                    || after.starts_with(" said in a report");
                (is_media && cue).then_some(e)
            })
            .collect();
        let Some(&outlet) = media.first() else {
            continue;
        };
        let own: Vec<usize> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.sentence == si && e.speaker != Some(outlet) && e.addressee != Some(outlet)
            })
            .map(|(i, _)| i)
            .collect();
        if !own.is_empty() {
            for i in own {
                events[i].reported_by.get_or_insert(outlet);
            }
            continue;
        }
        // Anaphora: "these talks", "the meeting".
        let refers = ["these ", "the ", "those ", "this "].iter().any(|d| {
            [
                "talks",
                "meeting",
                "meetings",
                "discussions",
                "visit",
                "call",
                "negotiations",
            ]
            .iter()
            .any(|n| {
                lower.contains(&format!("{d}{n}")) || lower.contains(&format!("{d}high-level {n}"))
            })
        });
        if refers {
            if let Some(e) = events.iter_mut().rev().find(|e| {
                e.sentence < si
                    && matches!(
                        e.class,
                        EventClass::Meeting
                            | EventClass::PhoneCall
                            | EventClass::Visit
                            | EventClass::Summit
                    )
            }) {
                e.reported_by.get_or_insert(outlet);
            }
        }
    }
}

/// "Vladimir Putin: Comrade Chairman, friends, ...", "Kim Jong-un (retranslated): Thank
/// you ...": a transcript line is a statement by the person it opens with.
pub(super) fn transcript_line(cx: &EventContext, si: usize) -> Option<Event> {
    let s = &cx.sentences[si];
    let (mi, m) = s.mentions.iter().enumerate().find(|(mi, m)| {
        m.first_token <= 3
            && cx
                .res
                .entity(si, *mi)
                .is_some_and(|e| cx.res.entities[e].kind == EntityKind::Person)
    })?;
    // Only a title may stand before the name.
    if (0..m.first_token).any(|t| !s.tok(t).starts_with(char::is_uppercase)) {
        return None;
    }
    let speaker = cx.res.entity(si, mi)?;
    let mut t = m.last_token;
    if s.tok(t) == "(" {
        t = (t..s.tokens.len()).find(|&u| s.tok(u) == ")")? + 1;
    }
    if s.tok(t) != ":" {
        return None;
    }
    let said = s.tokens.get(t + 1)?.start;
    let mut ev = Event::new(
        EventClass::Statement,
        ("010", ""),
        ":",
        &s.sentence.text,
        si,
    );
    ev.participants.push(speaker);
    ev.sources.push(speaker);
    ev.speaker = Some(speaker);
    ev.quote = Some(s.sentence.text[said..].trim().to_string());
    Some(ev)
}

/// The one a speaker addressed ("told", "assured", "thanked") with the verb at
/// `first..last`: a person through "visiting" and a title ("told visiting U.S.
/// Secretary of State Antony Blinken", before any country in that title); "his guest",
/// the guest of the visits read so far (`visitors`); "him" or "her", the person named
/// last before the verb in its sentence, else the subject of the sentence before
/// (through its pronouns: in "He called on Sitharaman. Sitharaman told him", whoever
/// "He" was); else an actor right after the verb.
pub(super) fn addressee_of(
    cx: &EventContext,
    si: usize,
    (first, last): (usize, usize),
    speaker: usize,
    after: &[&Actor],
    visitors: &[usize],
) -> Option<usize> {
    let s = &cx.sentences[si];
    let lead = if s.low(last) == "visiting" {
        last + 1
    } else {
        last
    };
    let titled = after.iter().find(|a| {
        a.kind == EntityKind::Person
            && a.entity != speaker
            && title_start(s, a.token) <= lead + 1
            && a.token > last
    });
    if let Some(a) = titled {
        return Some(a.entity);
    }
    let guest = matches!(s.low(last), "his" | "her" | "their")
        && matches!(s.low(last + 1), "guest" | "visitor");
    let pronoun = if guest {
        visitors.iter().copied().find(|&v| v != speaker)
    } else if matches!(s.low(last), "him" | "her") {
        s.mentions
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, m)| m.last_token <= first && !cx.quotes.inside(si, m.start))
            .filter_map(|(mi, _)| cx.res.entity(si, mi))
            .find(|&e| e != speaker && cx.res.entities[e].kind == EntityKind::Person)
            .or_else(|| {
                let prev = si.checked_sub(1)?;
                let end = cx.sentences[prev].tokens.len();
                person_before(cx, prev, end, Prefer::First).filter(|&e| e != speaker)
            })
    } else {
        None
    };
    pronoun.or_else(|| {
        after
            .iter()
            .find(|a| is_actor(a.kind) && a.entity != speaker && a.token <= last + 3)
            .map(|a| a.entity)
    })
}
