//! Counterparts: "his Lebanese counterpart, X" holds the post of the person whose
//! counterpart X is, for the country named; "his South Korean, Russian and North Korean
//! counterparts" stand for the people of the article who serve those countries in that
//! post.

use super::{country_of, Cursor, Group, PositionFacts, TitlePhrase};
use crate::ir::{EntityKind, Position, Status};

/// "his South Korean, Russian and North Korean counterparts", "her counterparts from
/// Iran and Jordan": for each country named, the person of the article who serves it in
/// a post of the same title as the person named last before the phrase in its sentence
/// (whose counterparts they are), else the one person of the article who serves it. A
/// country with several such people and none of that post gives no one.
pub(super) fn counterparts(c: &Cursor, group: &Group, facts: &PositionFacts) -> Vec<usize> {
    let res = c.res;
    let country_of = |e: usize| country_of(&res.entities, e);
    let held = || facts.positions.iter().chain(&facts.implied);
    // (Whose counterparts: the person named last before the phrase.)
    let owner = previous_person(c, group.phrase.first_token, &[]);
    let owner_titles: Vec<String> = held()
        .filter(|x| Some(x.holder) == owner)
        .map(|x| x.title.to_lowercase())
        .collect();
    let mut members = Vec::new();
    for country in group
        .phrase
        .affiliations
        .iter()
        .filter_map(|&a| country_of(a))
    {
        let serves = |x: &Position| match x.affiliation {
            Some(a) => country_of(a) == Some(country),
            None => res.entities[x.holder].located_in == Some(country),
        };
        // The people serving the country whose post passes `fits`.
        let holding = |fits: &dyn Fn(&str) -> bool| {
            let mut v: Vec<usize> = held()
                .filter(|x| serves(x) && Some(x.holder) != owner && fits(&x.title))
                .map(|x| x.holder)
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        // ("Foreign Minister" before "Prime Minister", both ministers.)
        let same_title = holding(&|t| owner_titles.contains(&t.to_lowercase()));
        let same_head = holding(&|t| {
            let head = crate::names::title_head(t);
            owner_titles
                .iter()
                .any(|o| crate::names::title_head(o) == head)
        });
        let anyone = holding(&|_| true);
        let one = match (
            same_title.as_slice(),
            same_head.as_slice(),
            anyone.as_slice(),
        ) {
            ([p], _, _) | ([], [p], _) | ([], [], [p]) => Some(*p),
            _ => None,
        };
        if let Some(p) = one.filter(|p| !members.contains(p)) {
            members.push(p);
        }
    }
    members
}

/// The person named last before token `before` of the cursor's sentence, other than
/// those in `exclude`: whose counterparts or posts a phrase speaks of.
pub(super) fn previous_person(c: &Cursor, before: usize, exclude: &[usize]) -> Option<usize> {
    c.s.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.last_token <= before)
        .filter_map(|(mi, _)| c.res.entity(c.si, mi))
        .rfind(|&e| c.res.entities[e].kind == EntityKind::Person && !exclude.contains(&e))
}

/// "Cavusoglu hosted his Russian and Ukrainian counterparts, Lavrov and Kuleba": the
/// counterparts hold Cavusoglu's posts, one for each country named, in order.
pub(super) fn imply_counterpart_posts(
    facts: &mut PositionFacts,
    c: &Cursor,
    p: &TitlePhrase,
    holders: &[usize],
) {
    let Some(host) = previous_person(c, p.first_token, holders) else {
        return;
    };
    let titles: Vec<(String, Status)> = facts
        .positions
        .iter()
        .filter(|x| x.holder == host)
        .map(|x| (x.title.clone(), x.status))
        .collect();
    for (i, &h) in holders.iter().enumerate() {
        let affiliation = match p.affiliations.len() {
            0 => None,
            1 => Some(p.affiliations[0]),
            n if n == holders.len() => Some(p.affiliations[i]),
            _ => None,
        };
        for (title, status) in &titles {
            let known = facts
                .implied
                .iter()
                .any(|x| x.holder == h && x.title == *title && x.affiliation == affiliation);
            if !known {
                facts.implied.push(Position {
                    holder: h,
                    title: title.clone(),
                    affiliation,
                    status: *status,
                    evidence: c.s.sentence.text.clone(),
                });
            }
        }
    }
}
