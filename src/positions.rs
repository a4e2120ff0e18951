//! Stage 5a: positions and memberships. Title phrases ("former diplomat and outgoing
//! president of the Council on Foreign Relations", "Somalia's interim president")
//! are parsed from the mentions around a person: before the name, in an appositive
//! after it, or before a list of names. Plural title phrases that name no one
//! ("the U.S. former officials") become groups that events can refer to.

mod counterparts;

use crate::gazetteer::Gazetteer;
use crate::ir::{Entity, EntityKind, Membership, Position, Status};
use crate::names::{is_honorific, AIDE_NOUNS};
use crate::recognize::{Analysed, MentionKind};
use crate::resolve::Resolution;
use counterparts::{counterparts, imply_counterpart_posts, previous_person};

/// One parsed title phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct TitlePhrase {
    /// Index into the title lexicon.
    pub title: usize,
    /// Plural ("officials").
    pub plural: bool,
    /// Status from modifiers; `None` when the text gives none.
    pub status: Option<Status>,
    /// Affiliations: countries or organizations ("White House and State Department").
    pub affiliations: Vec<usize>,
    /// Preceded by "fellow" ("fellow CFR members").
    pub fellow: bool,
    /// Token span in the sentence.
    pub first_token: usize,
    /// One past the last token.
    pub last_token: usize,
    /// The token where the title itself starts.
    pub title_token: usize,
}

/// A plural title phrase naming no one: a group of people ("the former officials").
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Sentence index.
    pub sentence: usize,
    /// The phrase.
    pub phrase: TitlePhrase,
}

/// How a title phrase naming no one refers to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// "the minister", "his counterpart": the holder named last.
    Definite,
    /// A readout's capitalized "Prime Minister", with no article: its protagonist, the
    /// first holder named.
    Bare,
}

/// What stage 5a found in an article.
#[derive(Debug, Clone, Default)]
pub struct PositionFacts {
    /// Positions held.
    pub positions: Vec<Position>,
    /// Memberships.
    pub memberships: Vec<Membership>,
    /// Groups named by a plural title.
    pub groups: Vec<Group>,
    /// `members[g]`: the people of the article group `g` stands for (see [`group_members`]).
    pub members: Vec<Vec<usize>>,
    /// Token spans (sentence, first, last) used as title phrases: not event actors.
    pub consumed: Vec<(usize, usize, usize)>,
    /// Definite singular title phrases naming no one ("the minister", "his Chinese
    /// counterpart"): references to a person named elsewhere, and how they refer.
    pub refs: Vec<(Group, Reference)>,
    /// Posts the text implies but does not state ("his Russian counterpart, Lavrov", of a
    /// foreign minister): not output as positions, but "the Russian minister" finds them.
    pub implied: Vec<Position>,
}

impl PositionFacts {
    /// The groups of sentence `si`, each with its members. Groups are recorded in
    /// sentence order, so this is a binary search, not a scan of the article.
    pub fn groups_in_sentence(&self, si: usize) -> impl Iterator<Item = (&Group, &[usize])> {
        let lo = self.groups.partition_point(|g| g.sentence < si);
        let hi = self.groups.partition_point(|g| g.sentence <= si);
        self.groups[lo..hi]
            .iter()
            .zip(self.members[lo..hi].iter().map(Vec::as_slice))
    }

    /// Whether token `t` of sentence `si` is part of a title phrase (spans are recorded
    /// in sentence order).
    pub fn is_consumed(&self, si: usize, t: usize) -> bool {
        let lo = self.consumed.partition_point(|c| c.0 < si);
        self.consumed[lo..]
            .iter()
            .take_while(|c| c.0 == si)
            .any(|&(_, a, b)| t >= a && t < b)
    }
}

/// Nouns whose "of/to/for the <title>" names someone else's post: "Head of the Office
/// of the President", "spokesman for the Chancellor" (besides the aides and relatives of
/// `names::AIDE_NOUNS`, "adviser to the President").
const COMPLEMENT_HEADS: &[&str] = &[
    "office",
    "head",
    "chief",
    "secretary",
    "chancellery",
    "administration",
    "department",
    "ministry",
    "residence",
    "palace",
];

/// Cursor over one sentence's tokens and mentions.
struct Cursor<'a> {
    s: &'a Analysed,
    res: &'a Resolution,
    si: usize,
    gaz: &'a Gazetteer,
}

impl Cursor<'_> {
    fn word(&self, t: usize) -> &str {
        self.s.low(t)
    }

    fn mention(&self, t: usize) -> Option<(usize, MentionKind, usize)> {
        self.s
            .mention_at(t)
            .map(|m| (m, self.s.mentions[m].kind, self.s.mentions[m].last_token))
    }

    /// An affiliation (country, demonym or organization) at token `t`: (entity, next token).
    fn affiliation(&self, t: usize) -> Option<(usize, usize)> {
        let (m, kind, end) = self.mention(t)?;
        match kind {
            MentionKind::Entity(_) | MentionKind::Demonym(_) | MentionKind::Organization => {
                let e = self.res.entity(self.si, m)?;
                let ent = &self.res.entities[e];
                if matches!(ent.kind, EntityKind::Country | EntityKind::Organization) {
                    let end = if self.s.tok(end) == "’s" || self.s.tok(end) == "'s" {
                        end + 1
                    } else {
                        end
                    };
                    Some((e, end))
                } else if ent.kind == EntityKind::Place && ent.located_in.is_some() {
                    // "Kyiv's ambassador" stands for the country.
                    ent.located_in.map(|c| (c, end))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Whether a title phrase starting at `t` completes another noun: "(Head of) the
    /// Office of the President", "(adviser) to the President", "(spokesman) for the".
    fn is_complement(&self, t: usize) -> bool {
        let at = if self.word(t) == "the" {
            t
        } else if t > 0 && self.word(t - 1) == "the" {
            t - 1
        } else {
            return false;
        };
        // Only after a noun that takes a title as its complement: "at the invitation of
        // the President, X" and "according to the Minister, Y" still name the holder.
        at > 1
            && matches!(self.word(at - 1), "of" | "to" | "for")
            && (AIDE_NOUNS.contains(&self.word(at - 2))
                || COMPLEMENT_HEADS.contains(&self.word(at - 2)))
    }

    /// Whether a phrase ending before `next` is a possessor ("the Chancellor's adviser").
    fn is_possessor(&self, next: usize) -> bool {
        matches!(self.word(next), "'s" | "’s")
    }

    /// Parses one title phrase starting at `t`.
    fn phrase(&self, mut t: usize) -> Option<TitlePhrase> {
        let first = t;
        let mut status = None;
        let mut affiliations = Vec::new();
        let mut fellow = false;
        let mut loose_words = 0;
        // Affiliations joined by a comma ("South Korean, Russian and North Korean"): a
        // list only if an "and" closes it before a plural title ("In Beijing, U.S.
        // Ambassador Burns" is no post of China's).
        let (mut comma_joined, mut and_joined) = (false, false);
        loop {
            let w = self.word(t);
            if matches!(w, "the" | "a" | "an") && t == first {
                t += 1;
                continue;
            }
            if w == "fellow" {
                fellow = true;
                t += 1;
                continue;
            }
            if let Some((_, MentionKind::Status(s), end)) = self.mention(t) {
                status = Some(s);
                t = end.max(t + 1);
                continue;
            }
            if let Some((e, end)) = self.affiliation(t) {
                affiliations.push(e);
                t = end.max(t + 1);
                // "White House and State Department officials", "his South Korean,
                // Russian and North Korean counterparts"
                if matches!(self.word(t), "and" | ",") && self.affiliation(t + 1).is_some() {
                    comma_joined |= self.word(t) == ",";
                    and_joined |= self.word(t) == "and";
                    t += 1;
                }
                continue;
            }
            if let Some((_, MentionKind::Title { index, plural }, end)) = self.mention(t) {
                if comma_joined && !(plural && and_joined) {
                    return None;
                }
                let mut phrase = TitlePhrase {
                    title: index,
                    plural,
                    status,
                    affiliations,
                    fellow,
                    first_token: first,
                    last_token: end,
                    title_token: t,
                };
                let mut t = end;
                if let Some((_, MentionKind::Status(s), e)) = self.mention(t) {
                    // "President-elect"
                    if self.s.tokens[t].start == self.s.tokens[t - 1].end {
                        phrase.status = Some(s);
                        t = e;
                    }
                }
                // ("her counterparts from Iran, Jordan and Egypt")
                if matches!(self.word(t), "of" | "at" | "for" | "to" | "from") {
                    let the = |u: usize| if self.word(u) == "the" { u + 1 } else { u };
                    if let Some((e, end)) = self.affiliation(the(t + 1)) {
                        phrase.affiliations.push(e);
                        t = end;
                        // "the presidents of Serbia, Croatia and Bosnia": a plural post
                        // held in each.
                        while phrase.plural && matches!(self.word(t), "," | "and") {
                            let u = if self.word(t + 1) == "and" {
                                t + 2
                            } else {
                                t + 1
                            };
                            let Some((e, end)) = self.affiliation(the(u)) else {
                                break;
                            };
                            phrase.affiliations.push(e);
                            t = end;
                        }
                    }
                }
                phrase.last_token = t;
                return Some(phrase);
            }
            // A few plain lower-case modifiers ("national security officials").
            let lower_word = self.s.tokens.get(t).is_some_and(|tok| {
                tok.kind == crate::text::TokenKind::Word
                    && self.s.tok(t).chars().all(|c| c.is_lowercase() || c == '-')
            });
            if lower_word && loose_words < 2 && t > first {
                loose_words += 1;
                t += 1;
                continue;
            }
            return None;
        }
    }

    /// Title phrases joined by "and" or commas, starting at `t`: (phrases, next token).
    fn phrase_list(&self, t: usize) -> Option<(Vec<TitlePhrase>, usize)> {
        let mut list = vec![self.phrase(t)?];
        let mut next = list[0].last_token;
        while matches!(self.word(next), "and" | ",") {
            match self.phrase(next + 1) {
                Some(mut p) => {
                    // "Chinese State Councilor and Foreign Minister Wang Yi": both posts
                    // are Chinese.
                    let prev = &list[list.len() - 1];
                    if p.affiliations.is_empty() && !p.plural && !prev.plural {
                        p.affiliations = prev.affiliations.clone();
                    }
                    next = p.last_token;
                    list.push(p);
                }
                None => break,
            }
        }
        Some((list, next))
    }

    /// A person mention at `t` or a coordinated list of them: (entities, next token).
    fn people(&self, mut t: usize, allow_list: bool) -> (Vec<usize>, usize) {
        let mut people = Vec::new();
        while let Some((
            m,
            MentionKind::Person { .. } | MentionKind::Entity(_) | MentionKind::Surname(_),
            end,
        )) = self.mention(t)
        {
            let Some(e) = self.res.entity(self.si, m) else {
                break;
            };
            if self.res.entities[e].kind != EntityKind::Person {
                break;
            }
            people.push(e);
            t = end;
            if !allow_list {
                break;
            }
            match self.word(t) {
                "and" | "," if self.mention(t + 1).is_some() => t += 1,
                "," if self.word(t + 1) == "and" => t += 2,
                _ => break,
            }
        }
        (people, t)
    }
}

/// Words before a plural title that put the group outside government ("business
/// leaders", "civil society leaders").
const NON_GOVERNMENT_QUALIFIERS: &[&str] = &[
    "business",
    "religious",
    "community",
    "civic",
    "society",
    "tribal",
    "student",
    "labor",
    "labour",
    "union",
    "church",
    "industry",
    "corporate",
    "faith",
    "youth",
];

/// Finds positions, memberships and groups in an article.
pub fn extract_positions(
    sentences: &[Analysed],
    res: &Resolution,
    gaz: &Gazetteer,
) -> PositionFacts {
    let mut facts = PositionFacts::default();
    for (si, s) in sentences.iter().enumerate() {
        let c = Cursor { s, res, si, gaz };
        let mut t = 0;
        while t < s.tokens.len() {
            let Some((phrases, next)) = c.phrase_list(t) else {
                t += 1;
                continue;
            };
            // "the Head of the Office of the President of Ukraine, Andriy Yermak", "adviser
            // to the President, X": a title inside another's description holds no one.
            if c.is_complement(t) || c.is_possessor(next) {
                t = next.max(t + 1);
                continue;
            }
            let plural = phrases.iter().any(|p| p.plural);
            // Title phrase before the name(s), with an optional comma.
            let mut at = next;
            if c.word(at) == "," {
                at += 1;
            }
            // "Prime Minister Shri Narendra Modi", "President H.E. Mr. Abdul Hamid".
            while c.s.tokens.get(at).is_some_and(|_| {
                let w = c.s.tok(at);
                is_honorific(w)
                    || is_honorific(&format!("{w}."))
                    || (w == "." && at > next)
                    || matches!(w, "His" | "Her" | "H.E." | "H.E" | "E")
                    // ("Foreign Minister Prince Saud al-Faisal": a royal's rank.)
                    || crate::names::ROYAL_RANKS.contains(&w)
            }) {
                at += 1;
            }
            let (holders, mut after) = c.people(at, plural);
            let holders = if holders.is_empty() {
                c.people(next, plural).0
            } else {
                holders
            };
            // "President Emmanuel Macron of France": whom the post is of may follow the
            // name (and is no affiliation of the next title: "... of France met
            // Chancellor Scholz").
            let mut phrases = phrases;
            if holders.len() == 1 && !plural && c.word(after) == "of" {
                let at = if c.word(after + 1) == "the" {
                    after + 2
                } else {
                    after + 1
                };
                if let Some((e, end)) = c.affiliation(at) {
                    for p in phrases.iter_mut().filter(|p| p.affiliations.is_empty()) {
                        p.affiliations.push(e);
                    }
                    after = end;
                }
            }
            if !holders.is_empty() {
                // "The Chancellor and Foreign Minister Heiko Maas held talks": a post
                // after "the" that someone else of the article already holds is that
                // person, named by it, not a second post of the people after it.
                // (By the title's head: "Federal Chancellor" is a chancellor.)
                let held_by_another = |p: &TitlePhrase| {
                    let the = |t: usize| c.s.low(t) == "the";
                    let head = crate::names::title_head(&gaz.titles[p.title].title);
                    (the(p.first_token) || (p.first_token > 0 && the(p.first_token - 1)))
                        && facts.positions.iter().any(|x| {
                            !holders.contains(&x.holder)
                                && crate::names::title_head(&x.title) == head
                        })
                };
                if phrases.len() >= 2 && held_by_another(&phrases[0]) {
                    let first = phrases.remove(0);
                    if let Some(how) = reference(&c, &first) {
                        let group = Group {
                            sentence: si,
                            phrase: first,
                        };
                        facts.refs.push((group, how));
                    }
                }
                record(&mut facts, &c, &phrases, &holders);
                facts.consumed.push((si, t, next));
                t = after.max(next);
                continue;
            }
            for p in &phrases {
                let group = Group {
                    sentence: si,
                    phrase: p.clone(),
                };
                // ("American business leaders", "religious leaders": people outside
                // government, whatever posts the article's officials hold.)
                // (Written in lower case: "European Union leaders" are of the Union.)
                let outside_government = p.title_token > 0
                    && NON_GOVERNMENT_QUALIFIERS.contains(&c.s.tok(p.title_token - 1));
                if p.plural {
                    if !outside_government {
                        facts.groups.push(group);
                    }
                } else if let Some(how) = reference(&c, p) {
                    facts.refs.push((group, how));
                }
            }
            facts.consumed.push((si, t, next));
            t = next.max(t + 1);
        }
        // Appositives after a name: "Abdullahi Yusuf, Somalia's interim president".
        for (mi, m) in s.mentions.iter().enumerate() {
            let Some(e) = res.entity(si, mi) else {
                continue;
            };
            if res.entities[e].kind != EntityKind::Person || c.word(m.last_token) != "," {
                continue;
            }
            if let Some((phrases, next)) = c.phrase_list(m.last_token + 1) {
                // "the Chancellor, Angela Merkel, the President of Russia, Vladimir Putin":
                // in a list of title-name pairs (but not of name-title pairs: "Kabore,
                // President of Burkina Faso, Keita, President of Mali") each title
                // introduces the next name; "X, the Chancellor's adviser" names the
                // Chancellor's adviser.
                // (Spans are recorded in sentence order: search this sentence's only.)
                let from = facts.consumed.partition_point(|&(sj, _, _)| sj < si);
                let titled_before = facts.consumed[from..]
                    .iter()
                    .take_while(|&&(sj, _, _)| sj == si)
                    .any(|&(_, _, end)| end == m.first_token || end + 1 == m.first_token);
                let introduces_next = titled_before
                    && c.word(m.last_token + 1) == "the"
                    && c.word(next) == ","
                    && !c.people(next + 1, false).0.is_empty();
                // "A, Minister for Interior Mohsin Naqvi": a title right before a name is
                // that name's.
                let names_next = !c.people(next, false).0.is_empty();
                if phrases.iter().all(|p| !p.plural)
                    && !introduces_next
                    && !names_next
                    && !c.is_possessor(next)
                {
                    record(&mut facts, &c, &phrases, &[e]);
                    facts.consumed.push((si, m.last_token + 1, next));
                }
            }
        }
    }
    // "15 years after the presidents of Bosnia, Serbia and Croatia negotiated ...": a
    // group set years away from the story is not of the article's office-holders.
    facts.members = facts
        .groups
        .iter()
        .map(|g| {
            if set_years_away(&sentences[g.sentence]) {
                Vec::new()
            } else if gaz.titles[g.phrase.title].kind == "counterpart" {
                let c = Cursor {
                    s: &sentences[g.sentence],
                    res,
                    si: g.sentence,
                    gaz,
                };
                counterparts(&c, g, &facts)
            } else {
                group_members(&g.phrase, &facts, &res.entities, gaz)
            }
        })
        .collect();
    facts
}

/// The country an entity stands for: itself for a country, else the country it belongs
/// to (a capital, a ministry, a person the gazetteer knows).
pub(crate) fn country_of(entities: &[Entity], e: usize) -> Option<usize> {
    match entities[e].kind {
        EntityKind::Country => Some(e),
        _ => entities[e].located_in,
    }
}

/// Whether a sentence speaks of a time years before or after the story's own: "15
/// years after", "two decades ago", "a year earlier", "Years later".
fn set_years_away(s: &Analysed) -> bool {
    (0..s.tokens.len()).any(|t| {
        let span = matches!(s.low(t), "years" | "decades")
            || (matches!(s.low(t), "year" | "decade") && t > 0 && s.low(t - 1) == "a");
        span && matches!(
            s.low(t + 1),
            "after" | "before" | "ago" | "earlier" | "later"
        )
    })
}

fn record(facts: &mut PositionFacts, c: &Cursor, phrases: &[TitlePhrase], holders: &[usize]) {
    let evidence = c.s.sentence.text.clone();
    for p in phrases {
        let entry = &c.gaz.titles[p.title];
        if entry.kind == "counterpart" {
            // "his Lebanese counterpart, X": a relation, not a stated post; X holds the
            // post of the person whose counterpart they are, for the country named.
            imply_counterpart_posts(facts, c, p, holders);
            continue;
        }
        for &h in holders {
            if entry.kind == "member" {
                for &org in &p.affiliations {
                    push_membership(facts, h, org, &evidence);
                }
                if p.fellow {
                    // "X as well as fellow CFR members Y and Z": X is a member too.
                    if let Some(prev) = previous_person(c, p.first_token, holders) {
                        for &org in &p.affiliations {
                            push_membership(facts, prev, org, &evidence);
                        }
                    }
                }
                continue;
            }
            let status = p.status.unwrap_or(Status::Current);
            let affs: Vec<Option<usize>> = if p.affiliations.is_empty() {
                vec![None]
            } else {
                p.affiliations.iter().map(|&a| Some(a)).collect()
            };
            for affiliation in affs {
                let dup = facts.positions.iter().any(|x| {
                    x.holder == h && x.title == entry.title && x.affiliation == affiliation
                });
                if !dup {
                    facts.positions.push(Position {
                        holder: h,
                        title: entry.title.clone(),
                        affiliation,
                        status,
                        evidence: evidence.clone(),
                    });
                }
            }
        }
    }
}

fn push_membership(facts: &mut PositionFacts, member: usize, org: usize, evidence: &str) {
    if !facts
        .memberships
        .iter()
        .any(|m| m.member == member && m.organization == org)
    {
        facts.memberships.push(Membership {
            member,
            organization: org,
            evidence: evidence.to_string(),
        });
    }
}

/// The people of the article a group phrase stands for: those holding a position of a
/// compatible kind, with the group's status and national affiliation when it has them.
pub fn group_members(
    group: &TitlePhrase,
    facts: &PositionFacts,
    entities: &[Entity],
    gaz: &Gazetteer,
) -> Vec<usize> {
    // A bare "officials" or "the leaders" says too little to tell who is meant.
    if group.status.is_none() && group.affiliations.is_empty() {
        return Vec::new();
    }
    let kind = &gaz.titles[group.title].kind;
    let generic = matches!(kind.as_str(), "official" | "diplomat" | "leader");
    let country_of = |e: usize| country_of(entities, e);
    // "leaders of the U.S. Congress" are of Congress, not of every American body: only
    // a group named by country takes in whoever serves that country.
    let group_countries: Vec<usize> = group
        .affiliations
        .iter()
        .filter(|&&a| entities[a].kind == EntityKind::Country)
        .copied()
        .collect();
    let mut members: Vec<usize> = Vec::new();
    for p in &facts.positions {
        if members.contains(&p.holder) {
            continue;
        }
        let held = facts.positions.iter().filter(|x| x.holder == p.holder);
        let title_ok = held.clone().any(|x| {
            let k = gaz
                .title_by_name(&x.title)
                .map(|i| gaz.titles[i].kind.clone())
                .unwrap_or_default();
            let status_ok = group.status.is_none_or(|s| s == x.status);
            status_ok
                && (x.title == gaz.titles[group.title].title
                    || (generic
                        && matches!(
                            k.as_str(),
                            "official"
                                | "diplomat"
                                | "minister"
                                | "head-of-state"
                                | "head-of-government"
                        )))
        });
        // The group's affiliation must be the person's: the same organization, or an
        // affiliation in the same country.
        let belongs = |a: usize| {
            group.affiliations.contains(&a)
                || country_of(a).is_some_and(|c| group_countries.contains(&c))
        };
        let country_ok = group.affiliations.is_empty()
            || held.clone().any(|x| x.affiliation.is_some_and(belongs))
            || (!generic
                && held.clone().all(|x| x.affiliation.is_none())
                && entities[p.holder]
                    .located_in
                    .is_some_and(|c| group_countries.contains(&c)))
            || facts
                .memberships
                .iter()
                .any(|m| m.member == p.holder && belongs(m.organization));
        if title_ok && country_ok {
            members.push(p.holder);
        }
    }
    members
}

/// "the minister", "his counterpart", "the Zimbabwean leader": a determiner that points
/// back to someone already known.
/// Whether a singular title phrase naming no one refers to a person, and how.
fn reference(c: &Cursor, p: &TitlePhrase) -> Option<Reference> {
    let first = c.word(p.first_token);
    let before = if p.first_token > 0 {
        c.word(p.first_token - 1)
    } else {
        ""
    };
    // A readout's bare "Prime Minister congratulated ...", "called on Prime Minister at
    // his hotel": capitalized as a name is, it names the one holder the readout is about
    // (but "became Prime Minister", "a President" name a post, not a person).
    let capitalized = c.s.tok(p.title_token).starts_with(char::is_uppercase);
    let bare = p.title_token == p.first_token
        && !p.plural
        && (p.first_token == 0
            || (capitalized
                && !matches!(
                    before,
                    "a" | "an"
                        | "another"
                        | "as"
                        | "became"
                        | "become"
                        | "becomes"
                        | "becoming"
                        | "appointed"
                        | "named"
                        | "elected"
                        | "new"
                        | "former"
                        | "first"
                        | "next"
                        | "of"
                )));
    if first == "the" || matches!(before, "the" | "his" | "her" | "their" | "its") {
        Some(Reference::Definite)
    } else {
        bare.then_some(Reference::Bare)
    }
}

/// Is `title` (as normalized by the title lexicon) a leader's: a head of state or
/// government, a monarch, or the head of an organization or party ("Chairman Kim"), by
/// the lexicon's kind of the title, or "leader" itself?
pub(crate) fn is_leader_title(gaz: &Gazetteer, title: &str) -> bool {
    let kind = gaz
        .title_by_name(title)
        .map(|i| gaz.titles[i].kind.as_str())
        .unwrap_or("");
    title_compatible("leader", title, kind) || kind == "org-head"
}

/// Can a reference by title `r` (lower case) mean the holder of a position titled `t`?
fn title_compatible(r: &str, t: &str, kind: &str) -> bool {
    let t = t.to_lowercase();
    // "The President" is not the Vice President, nor "the Prime Minister" a deputy
    // one, nor "the Secretary" the press secretary: a word of lower rank before the
    // title makes another post.
    // (Any word of the head: "the minister" is not the Deputy Foreign Minister either.)
    let lower_rank = |head: &str| {
        head.split([' ', '-']).any(|w| {
            matches!(
                w,
                "vice"
                    | "deputy"
                    | "assistant"
                    | "under"
                    | "associate"
                    | "press"
                    | "junior"
                    | "permanent"
                    | "parliamentary"
                    | "state"
            )
        })
    };
    r == t
        || t.strip_suffix(r)
            .and_then(|head| head.strip_suffix(' '))
            .is_some_and(|head| !lower_rank(head))
        || t.starts_with(&format!("{r} "))
        || (r == "leader" && matches!(kind, "head-of-state" | "head-of-government" | "royal"))
}

/// Links each title reference to the person it most likely means: one holding a
/// compatible position (with the same national affiliation when the reference names
/// one), preferring the one named most recently before it, else the first named after
/// it (not one whose only fitting posts are former). When nobody is said to hold the
/// post, "the Russian leader" is the one person of that country the article names, and
/// "the President of Russia" the one named in the five sentences before (who then
/// holds that post, as an implied one). Returns (sentence, mention, person) triples for
/// the resolver's links, and the posts learned so.
pub fn resolve_title_refs(
    sentences: &[Analysed],
    res: &Resolution,
    facts: &PositionFacts,
    gaz: &Gazetteer,
) -> (Vec<(usize, usize, usize)>, Vec<Position>) {
    let country_of = |e: usize| country_of(&res.entities, e);
    // Where each person was last named, in (sentence, token) order.
    let mut mentions: Vec<(usize, usize, usize)> = Vec::new();
    // (sentence, first token, end token, person) of every person mention.
    let mut spans: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for (mi, m) in s.mentions.iter().enumerate() {
            if let Some(e) = res.entity(si, mi) {
                if res.entities[e].kind == EntityKind::Person {
                    mentions.push((si, m.first_token, e));
                    spans.push((si, m.first_token, m.last_token, e));
                }
            }
        }
    }
    // The words of a title with its "of the ..." tail, in lower case: "President of the
    // Republic".
    fn title_words(s: &Analysed, t: usize) -> Vec<&str> {
        (t..s.tokens.len().min(t + 8))
            .take_while(|&i| {
                let w = s.tok(i);
                s.tokens[i].kind == crate::text::TokenKind::Word
                    && (w.starts_with(char::is_uppercase) || matches!(w, "of" | "the"))
            })
            .map(|i| s.low(i))
            .collect()
    }
    // The person the very same title phrase was given to, next to the name ("The
    // President of the Republic, Emmanuel Macron, received ..."), before `here`.
    let named_with = |words: &[&str], here: (usize, usize)| -> Option<usize> {
        if words.len() < 3 {
            return None;
        }
        spans
            .iter()
            .rev()
            .filter(|&&(si, t, _, _)| (si, t) < here)
            .find(|&&(si, first, end, _)| {
                let s = &sentences[si];
                let before = if first > 0 && s.tok(first - 1) == "," {
                    first - 1
                } else {
                    first
                };
                let ahead = before
                    .checked_sub(words.len())
                    .is_some_and(|b| (b..before).map(|i| s.low(i)).eq(words.iter().copied()));
                let after = if s.tok(end) == "," { end + 1 } else { end };
                let behind = title_words(s, after) == words;
                ahead || behind
            })
            .map(|&(_, _, _, e)| e)
    };
    let mut out = Vec::new();
    // Posts learned here: "the President of Russia" found to be Putin makes him the
    // President for a later "the President" (a Kremlin readout gives no other title).
    let mut learned: Vec<Position> = Vec::new();
    for (r, how) in &facts.refs {
        let entry = &gaz.titles[r.phrase.title];
        let wanted = entry.title.to_lowercase();
        let countries: Vec<usize> = r
            .phrase
            .affiliations
            .iter()
            .filter_map(|&a| country_of(a))
            .collect();
        if wanted == "counterpart" && countries.is_empty() {
            continue;
        }
        // Who holds a fitting post, found once per reference (not once per mention).
        let fitting_posts: Vec<&Position> = facts
            .positions
            .iter()
            .chain(&facts.implied)
            .chain(&learned)
            .filter(|x| {
                let kind = gaz
                    .title_by_name(&x.title)
                    .map(|i| gaz.titles[i].kind.as_str())
                    .unwrap_or("");
                let title_ok = wanted == "counterpart" || title_compatible(&wanted, &x.title, kind);
                // A post stated without its country ("President Kais Saied") is the
                // country the gazetteer says the person serves.
                let aff_ok = r.phrase.affiliations.is_empty()
                    || x.affiliation.is_some_and(|a| {
                        r.phrase.affiliations.contains(&a)
                            || country_of(a).is_some_and(|c| countries.contains(&c))
                    })
                    || (x.affiliation.is_none()
                        && res.entities[x.holder]
                            .located_in
                            .is_some_and(|c| countries.contains(&c)));
                title_ok && aff_ok
            })
            .collect();
        let fitting: std::collections::HashSet<usize> =
            fitting_posts.iter().map(|x| x.holder).collect();
        // ("the Prime Minister told reporters", with nobody given the post before it and
        // "former prime minister Enele Sopoaga" named later: not him.)
        let only_former = |e: usize| {
            let mut posts = fitting_posts.iter().filter(|x| x.holder == e).peekable();
            r.phrase.status != Some(Status::Former)
                && posts.peek().is_some()
                && posts.all(|x| x.status == Status::Former)
        };
        // "The Russian leader", in a story that gives Putin no title: the one person of
        // that country the article names at all, if there is just one.
        // (So too "the President of Russia", "the Iranian Prime Minister": a leader's
        // title with its country.)
        let mut by_country = false;
        let fitting = if fitting.is_empty()
            && (wanted == "leader" || is_leader_title(gaz, &entry.title))
            && !countries.is_empty()
        {
            // (A post's own title, not "leader", only of someone named in the five
            // sentences before: a Kremlin readout names the President by name, then by
            // title.)
            let named_near =
                |si: usize| wanted == "leader" || (si <= r.sentence && si + 5 >= r.sentence);
            let mut of_country: Vec<usize> = mentions
                .iter()
                .filter(|&&(si, _, _)| named_near(si))
                .map(|&(_, _, e)| e)
                .filter(|&e| {
                    res.entities[e]
                        .located_in
                        .is_some_and(|c| countries.contains(&c))
                })
                // ("Kremlin spokesman Dmitry Peskov said the Russian leader ...": a
                // person whose stated post is not a leader's is not meant.)
                .filter(|&e| {
                    facts.positions.iter().filter(|x| x.holder == e).all(|x| {
                        let kind = gaz
                            .title_by_name(&x.title)
                            .map(|i| gaz.titles[i].kind.as_str())
                            .unwrap_or("");
                        title_compatible("leader", &x.title, kind)
                    })
                })
                .collect();
            of_country.sort_unstable();
            of_country.dedup();
            if of_country.len() == 1 {
                by_country = wanted != "leader";
                of_country.into_iter().collect()
            } else {
                fitting
            }
        } else {
            fitting
        };
        if fitting.is_empty() {
            continue;
        }
        let fits = |person: usize| fitting.contains(&person);
        let here = (r.sentence, r.phrase.title_token);
        let s = &sentences[r.sentence];
        // `mentions` is in text order: split it at the reference.
        let split = mentions.partition_point(|&(s, t, _)| (s, t) < here);
        let (earlier, later) = mentions.split_at(split);
        let before = if *how == Reference::Bare {
            earlier.iter().find(|(_, _, e)| fits(*e))
        } else {
            earlier.iter().rev().find(|(_, _, e)| fits(*e))
        };
        let after = || {
            later
                .iter()
                .find(|(s, t, e)| (*s, *t) > here && fits(*e) && !only_former(*e))
        };
        let same_phrase = r
            .phrase
            .affiliations
            .is_empty()
            .then(|| named_with(&title_words(s, r.phrase.title_token), here))
            .flatten();
        let Some(person) = same_phrase.or_else(|| before.or_else(after).map(|&(_, _, e)| e)) else {
            continue;
        };
        // (A later title may mean the one this title was found to be: "The President
        // of Russia arrived ... the President also visited".)
        let at = mentions.partition_point(|&(s, t, _)| (s, t) < here);
        mentions.insert(at, (r.sentence, r.phrase.title_token, person));
        if by_country {
            learned.push(Position {
                holder: person,
                title: entry.title.clone(),
                affiliation: r.phrase.affiliations.first().copied(),
                status: r.phrase.status.unwrap_or(Status::Current),
                evidence: s.sentence.text.clone(),
            });
        }
        if let Some(mi) = s
            .mentions
            .iter()
            .position(|m| m.first_token == r.phrase.title_token)
        {
            out.push((r.sentence, mi, person));
        }
    }
    (out, learned)
}

#[cfg(test)]
mod tests {
    use super::title_compatible;

    #[test]
    fn a_title_of_lower_rank_is_another_post() {
        assert!(title_compatible("president", "President", ""));
        assert!(title_compatible("minister", "Foreign Minister", ""));
        assert!(title_compatible(
            "president",
            "President of the Republic",
            ""
        ));
        assert!(!title_compatible("president", "Vice President", ""));
        assert!(!title_compatible(
            "prime minister",
            "Deputy Prime Minister",
            ""
        ));
        assert!(!title_compatible("secretary", "Press Secretary", ""));
        assert!(!title_compatible("minister", "Vice-Foreign Minister", ""));
        assert!(!title_compatible("minister", "Deputy Foreign Minister", ""));
        // (A lieutenant general is a general.)
        assert!(title_compatible("general", "Lieutenant General", ""));
    }
}
