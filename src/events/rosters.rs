//! Groups whose members the article names ("The Mission comprised A; B; and C",
//! "Holbrooke's team"), so that a later "the Mission was received by Zelenskyy" or
//! "the team flew to Zagreb to see Tudjman" is an act of those members.

use super::actors::{names_another_post, title_start};
use crate::ir::EntityKind;
use crate::positions::PositionFacts;
use crate::recognize::Analysed;
use crate::resolve::Resolution;

/// Nouns of a group of people that acts as one: the head of a roster's name. (The
/// "join" trigger row of `ontology/patterns/events.tsv` lists the same nouns for
/// "The delegation comprised ...": keep the two alike.)
pub(super) const GROUP_NOUNS: &[&str] = &["mission", "delegation", "team", "troika", "panel"];

/// Words that open the noun phrase of a group whose list follows ("The Indian
/// delegation comprised", "His delegation included").
pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "this"];

/// Verbs that open a group's list of members right after its noun: "The Mission
/// comprised A; B; and C" ("was made up of", "was led by" are read beside them).
const LIST_VERBS: &[&str] = &[
    "comprised",
    "comprises",
    "included",
    "includes",
    // (After "who": "the team, who include A and B".)
    "include",
    "consisted",
];

/// A group and the people it is made of.
struct Roster {
    /// The sentence that names the members.
    sentence: usize,
    /// What names the group: lower-cased modifiers then the noun (["indian",
    /// "delegation"]), or for a group named by whose it is, the possessor's entity
    /// then the noun (["#12", "team"]), which no reference spells.
    words: Vec<String>,
    /// The token of the group's noun in that sentence.
    noun: usize,
    members: Vec<usize>,
}

/// A person named in a sentence, as a roster reads it.
struct Named {
    entity: usize,
    first: usize,
    last: usize,
    /// Where the title and demonym before the name start.
    lead: usize,
    /// Named to say whose someone is ("Special Envoy of President Museveni", "Putin's
    /// special envoy Lavrentiev"): not a member.
    whose: bool,
}

/// The groups of one article whose members it names, in the order they were named.
#[derive(Default)]
pub struct Rosters {
    groups: Vec<Roster>,
    /// Surnames (folded) two people or more of the article share, with those people:
    /// "the Reagans", "the Gorbachevs" stand for them.
    families: Vec<(String, Vec<usize>)>,
}

impl Rosters {
    /// Finds the groups of an article's sentences: lists after a group noun ("The
    /// Mission comprised A; B; and C") and groups named by whose they are
    /// ("Holbrooke's team", "Blinken's delegation" stand for that person).
    pub fn of(sentences: &[Analysed], res: &Resolution, facts: &PositionFacts) -> Self {
        let mut rosters = Self::default();
        for (i, e) in res.entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            let Some(surname) = crate::names::fold(&e.label)
                .split(' ')
                .next_back()
                .map(str::to_string)
            else {
                continue;
            };
            match rosters.families.iter_mut().find(|(s, _)| *s == surname) {
                Some((_, members)) => members.push(i),
                None => rosters.families.push((surname, vec![i])),
            }
        }
        rosters.families.retain(|(_, members)| members.len() >= 2);
        for (si, s) in sentences.iter().enumerate() {
            // (Most sentences name no group: nothing to read there.)
            if !(0..s.tokens.len()).any(|t| GROUP_NOUNS.contains(&s.low(t))) {
                continue;
            }
            let people: Vec<Named> = s
                .mentions
                .iter()
                .enumerate()
                .filter_map(|(mi, m)| {
                    let entity = res.entity(si, mi)?;
                    (res.entities[entity].kind == EntityKind::Person).then(|| Named {
                        entity,
                        first: m.first_token,
                        last: m.last_token,
                        lead: title_start(s, m.first_token),
                        whose: names_another_post(s, m.first_token)
                            || crate::names::is_possessive(s.tok(m.last_token))
                            || facts.is_consumed(si, m.first_token),
                    })
                })
                .collect();
            for p in &people {
                if let Some(noun) = group_of(s, p.last) {
                    rosters.groups.push(Roster {
                        sentence: si,
                        words: vec![format!("#{}", p.entity), s.low(noun).to_string()],
                        noun,
                        members: vec![p.entity],
                    });
                }
            }
            for noun in 0..s.tokens.len() {
                if let Some((words, members)) = listed_members(s, noun, &people) {
                    rosters.groups.push(Roster {
                        sentence: si,
                        words,
                        noun,
                        members,
                    });
                }
            }
        }
        rosters
    }

    /// The members of a group that sentence `si` lists, its noun before token `before`,
    /// when `who` is one of them ("The delegation, which included A and B, arrived":
    /// the group is the subject, and all of them travel); else none.
    pub fn fellow_members(&self, si: usize, before: usize, who: usize) -> &[usize] {
        self.groups
            .iter()
            .find(|r| r.sentence == si && r.noun < before && r.members.contains(&who))
            .map_or(&[], |r| r.members.as_slice())
    }

    /// The members of the groups named in tokens `from..to` of sentence `si`, with the
    /// token of the group's noun ("the Mission", "the Indian delegation"): a bare noun
    /// needs one group of that noun named so far, a noun with modifiers the group named
    /// with them; the latest such group counts. ("a team", "his team" name none.)
    pub fn named_in(&self, s: &Analysed, si: usize, from: usize, to: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        // "the Gorbachevs gave a dinner for the Reagans": a couple (or family) named by
        // its surname in the plural. (Most articles name no two people of one surname.)
        let families = if self.families.is_empty() {
            0..0
        } else {
            from.max(1)..to.min(s.tokens.len())
        };
        for t in families {
            let word = s.tok(t);
            let Some(stem) = word.strip_suffix('s') else {
                continue;
            };
            if s.low(t - 1) != "the"
                || stem.chars().count() < 3
                || !stem.starts_with(char::is_uppercase)
            {
                continue;
            }
            let stem = crate::names::fold(stem);
            if let Some((_, members)) = self.families.iter().find(|(f, _)| *f == stem) {
                add_members(&mut out, members, t);
            }
        }
        if self.groups.is_empty() {
            return out;
        }
        for t in from..to.min(s.tokens.len()) {
            let Some((det, words)) = group_phrase(s, t) else {
                continue;
            };
            // ("An Indonesian delegation arrived in Washington: A, B and C": the group
            // its own sentence lists, whatever its determiner.)
            let listed_here = self.groups.iter().find(|r| r.sentence == si && r.noun == t);
            if let Some(r) = listed_here {
                add_members(&mut out, &r.members, t);
                continue;
            }
            if !matches!(s.low(det), "the" | "this") {
                continue;
            }
            // ("the delegation's proposals", "the team of experts": not the group acting.)
            if crate::names::is_possessive(s.tok(t + 1)) || s.low(t + 1) == "of" {
                continue;
            }
            let fits = |r: &&Roster| {
                r.sentence <= si
                    && r.words.last() == words.last()
                    && (words.len() == 1 || r.words == words)
            };
            let mut groups: Vec<&Vec<String>> = Vec::new();
            for r in self.groups.iter().filter(fits) {
                if !groups.contains(&&r.words) {
                    groups.push(&r.words);
                }
            }
            if groups.len() != 1 {
                continue;
            }
            if let Some(r) = self.groups.iter().rev().find(fits) {
                add_members(&mut out, &r.members, t);
            }
        }
        out
    }
}

/// Adds the `members` a group noun at token `t` stands for to `out`, each person once.
fn add_members(out: &mut Vec<(usize, usize)>, members: &[usize], t: usize) {
    for &m in members {
        if !out.iter().any(|&(e, _)| e == m) {
            out.push((m, t));
        }
    }
}

/// The group named at token `noun` and the people its list names, when a list
/// follows the noun ("The Mission comprised A; B; and C", "the Ukrainian delegation,
/// which included A and B", "The delegation was made up of A and B", "the delegation,
/// led by A, ...").
fn listed_members(
    s: &Analysed,
    noun: usize,
    people: &[Named],
) -> Option<(Vec<String>, Vec<usize>)> {
    let verb = if s.tok(noun + 1) == "," && matches!(s.low(noun + 2), "which" | "that" | "who") {
        noun + 3
    } else {
        noun + 1
    };
    let passive = matches!(s.low(verb), "was" | "were")
        && matches!(s.low(verb + 1), "made" | "composed" | "led" | "headed");
    // ("The ECOWAS delegation, led by former President Goodluck Jonathan, arrived": the
    // one leading it, in a phrase set off by commas.)
    let led_by = s.tok(noun + 1) == ","
        && matches!(s.low(noun + 2), "led" | "headed")
        && s.low(noun + 3) == "by";
    // ("An Uzbek delegation led by A, including B and C, arrived": the one leading it
    // and those the "including" after the name adds.)
    let led_plain = matches!(s.low(noun + 1), "led" | "headed") && s.low(noun + 2) == "by";
    let including = if led_plain {
        (noun + 4..(noun + 14).min(s.tokens.len()))
            .find(|&t| s.low(t) == "including" && matches!(s.low(t - 1), "," | "and"))
    } else {
        None
    };
    // "An Indonesian delegation arrived in Washington on Sunday: A, B and C": a list of
    // people right after the colon that closes the group's clause, with no one named
    // between the noun and the colon.
    let colon = (noun + 1..s.tokens.len())
        .find(|&t| s.tok(t) == ":")
        .filter(|&c| {
            // (Nothing but names, their titles and the small words of both after it,
            // "Minister for Maritime Affairs and Investment Luhut ...": "arrived: Obama
            // will receive it" is a clause of its own.)
            let list_word = |t: usize| {
                !s.tok(t).starts_with(char::is_lowercase)
                    || matches!(s.low(t), "and" | "of" | "for" | "the" | "de" | "bin" | "al")
            };
            people.iter().any(|p| p.first > c)
                && (c + 1..s.tokens.len()).all(list_word)
                && !people.iter().any(|p| p.first > noun && p.first < c)
        });
    if !LIST_VERBS.contains(&s.low(verb)) && !passive && !led_by && !led_plain && colon.is_none() {
        return None;
    }
    let (_, words) = group_phrase(s, noun)?;
    // The "of" of "consisted of", "was made up of" opens the list; another "of" before
    // a name says whose post is named ("Special Envoy of President Museveni").
    let list_of = (verb..verb + 4).find(|&t| s.low(t) == "of");
    // (The one leading it ends at the comma that closes the phrase: "the delegation,
    // led by A, arrived to see B" names A alone.)
    let end = if let Some(c) = colon.filter(|_| !LIST_VERBS.contains(&s.low(verb))) {
        list_end(s, c + 1)
    } else if led_by {
        (noun + 4..s.tokens.len())
            .find(|&t| s.tok(t) == ",")
            .unwrap_or(s.tokens.len())
    } else if led_plain {
        let from = including.map_or(noun + 3, |i| i + 1);
        (from..s.tokens.len())
            .find(|&t| s.tok(t) == ",")
            .unwrap_or(s.tokens.len())
            .min(list_end(s, from))
    } else {
        list_end(s, verb + 1)
    };
    let mut members: Vec<usize> = Vec::new();
    for p in people {
        let of_someone = p.lead > 0 && s.low(p.lead - 1) == "of" && Some(p.lead - 1) != list_of;
        if p.first > noun
            && p.first < end
            && !p.whose
            && !of_someone
            && !members.contains(&p.entity)
        {
            members.push(p.entity);
        }
    }
    (!members.is_empty()).then_some((words, members))
}

/// Where a list of members that starts at token `from` ends: at "with" ("The mission
/// included talks with Putin": no member), at a comma or "and" before a verb ("The
/// delegation, which included A and B, met Z", "included A and will meet Z"), else at
/// the end of the sentence.
fn list_end(s: &Analysed, from: usize) -> usize {
    (from..s.tokens.len())
        .find(|&t| {
            s.low(t) == "with"
                || (matches!(s.tok(t), "," | "and") && opens_verb_phrase(s.tok(t + 1)))
        })
        .unwrap_or(s.tokens.len())
}

/// Does `word` open a verb phrase: a lower-case past form or a common auxiliary?
fn opens_verb_phrase(word: &str) -> bool {
    word.starts_with(char::is_lowercase)
        && (word.ends_with("ed")
            || matches!(
                word,
                "met"
                    | "held"
                    | "told"
                    | "said"
                    | "says"
                    | "flew"
                    | "went"
                    | "began"
                    | "took"
                    | "will"
                    | "would"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "has"
                    | "have"
                    | "had"
            ))
}

/// The group noun a person's possessive names: "Holbrooke's team", "Holbrooke's
/// negotiating team" (`last` is the mention's last token, its "'s").
fn group_of(s: &Analysed, last: usize) -> Option<usize> {
    if !crate::names::is_possessive(s.tok(last)) {
        return None;
    }
    (last + 1..last + 3)
        .find(|&t| GROUP_NOUNS.contains(&s.low(t)))
        .filter(|&t| (last + 1..t).all(|u| s.tok(u).starts_with(char::is_lowercase)))
}

/// The determiner and the words naming the group whose noun is at token `noun`: the
/// modifiers after the determiner, then the noun ("The Indian delegation" -> ["indian",
/// "delegation"]); `None` without a determiner within three words.
fn group_phrase(s: &Analysed, noun: usize) -> Option<(usize, Vec<String>)> {
    if !GROUP_NOUNS.contains(&s.low(noun)) {
        return None;
    }
    let det = (noun.saturating_sub(3)..noun)
        .rev()
        .find(|&t| DETERMINERS.contains(&s.low(t)))?;
    let modifiers = det + 1..noun;
    if modifiers
        .clone()
        .any(|t| !s.tok(t).starts_with(char::is_alphanumeric))
    {
        return None;
    }
    Some((
        det,
        modifiers
            .chain([noun])
            .map(|t| s.low(t).to_string())
            .collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::positions::extract_positions;
    use crate::recognize::recognize;
    use crate::text::segment;

    /// The members' labels of the groups a one-sentence-per-line text names, and of
    /// the group "the <noun>" names in its last sentence.
    fn members_named_last(text: &str) -> Vec<String> {
        let g = Gazetteer::builtin().unwrap();
        let mut ss: Vec<_> = segment(text)
            .into_iter()
            .map(|s| recognize(s, &g))
            .collect();
        let res = crate::resolve::resolve(&mut ss, &g);
        let facts = extract_positions(&ss, &res, &g);
        let rosters = Rosters::of(&ss, &res, &facts);
        let last = ss.len() - 1;
        rosters
            .named_in(&ss[last], last, 0, ss[last].tokens.len())
            .into_iter()
            .map(|(e, _)| res.entities[e].label.clone())
            .collect()
    }

    #[test]
    fn a_surname_in_the_plural_is_the_couple_of_that_name() {
        let got = members_named_last(
            "Soviet leader Mikhail Gorbachev and his wife, Raisa Gorbachev, arrived.\n\nThe Gorbachevs gave a dinner.",
        );
        assert_eq!(got, ["Mikhail Gorbachev", "Raisa Gorbachev"], "{got:?}");
        // (One person of the name is no couple; "the Netherlands" is no surname.)
        let got = members_named_last(
            "Foreign Minister Sergei Lavrov arrived in the Netherlands.\n\nThe Lavrovs dined in the Netherlands.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_list_after_consisted_of_keeps_its_first_member_and_stops_before_a_verb() {
        let got = members_named_last(
            "The delegation consisted of Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu.\n\nThe delegation arrived in Ankara.",
        );
        assert_eq!(got, ["Sergey Lavrov", "Sergei Shoigu"], "{got:?}");
        let got = members_named_last(
            "The mission included talks with President Vladimir Putin.\n\nThe mission arrived in Kyiv.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_team_named_by_whose_it_is_is_not_another_persons_team() {
        let got = members_named_last(
            "Russian President Vladimir Putin's team met the Americans.\n\nU.S. envoy Steve Witkoff's team flew to Moscow.\n\nThe team landed at Vnukovo.",
        );
        // Two teams named by whose they are: "the team" is neither for sure.
        assert!(got.is_empty(), "{got:?}");
        let got = members_named_last(
            "U.S. envoy Steve Witkoff's team flew to Moscow.\n\nA team of experts landed at Vnukovo.",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
