//! The intermediate representation: the plain, typed facts that every stage of the
//! pipeline takes and returns. `extract --format json` prints [`Extraction`].
//!
//! Nothing here knows about IRIs or RDF; `rdf.rs` maps these structs to quads.

use serde::{Deserialize, Serialize};

/// One news article as read from a file or a JSON Lines record.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    /// Where it came from: `path` or `path:line` (for messages, never for identity).
    pub origin: String,
    /// Headline, if the input had one.
    pub title: Option<String>,
    /// Publication date (ISO `YYYY-MM-DD`), if known.
    pub date: Option<String>,
    /// Outlet name as written ("Fox News").
    pub source: Option<String>,
    /// Canonical URL, if given.
    pub url: Option<String>,
    /// Body text: paragraphs separated by blank lines.
    pub text: String,
}

/// A sentence of an article with its character span in the analysed text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Sentence {
    /// Index of the paragraph the sentence belongs to.
    pub paragraph: usize,
    /// Byte offset of the first character in the document text.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The sentence text.
    pub text: String,
    /// True for all-capitals lines (headlines, kicker lines), where case says nothing.
    pub all_caps: bool,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named human being.
    Person,
    /// Government body, international organization, outlet, party, armed group...
    Organization,
    /// A sovereign state or a territory with an ISO code.
    Country,
    /// A city, region or venue.
    Place,
}

/// An actor or place the article mentions, after coreference: one per real-world thing.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    /// Kind of entity.
    pub kind: EntityKind,
    /// Identity key, equal across articles for the same thing (gazetteer id or a
    /// normalized name); `rdf.rs` turns it into an IRI.
    pub key: String,
    /// Canonical (fullest) name.
    pub label: String,
    /// Every other surface form seen in the article.
    pub alt_labels: Vec<String>,
    /// ISO 3166-1 alpha-3 code, for countries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Wikidata entity id ("Q159"), when a gazetteer knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// The country this place or body belongs to, or that a known person serves (from
    /// the gazetteer), as an index into `entities`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub located_in: Option<usize>,
    /// Gazetteer sub-kind ("media", "igo", "government", "capital", ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subkind: Option<String>,
}

/// Whether a position is held now, was held, or is about to be.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Held at the time of writing.
    Current,
    /// Held before.
    Former,
    /// About to be left.
    Outgoing,
    /// About to be taken up.
    Incoming,
    /// Held temporarily ("acting", "interim").
    Acting,
    /// Elected, not yet in office.
    Elect,
}

/// A post a person holds (or held), as stated in the text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Position {
    /// The holder, an index into `entities`.
    pub holder: usize,
    /// Title as normalized by the title lexicon ("Foreign Minister").
    pub title: String,
    /// The country or organization the post belongs to, an index into `entities`.
    pub affiliation: Option<usize>,
    /// Current, former, ...
    pub status: Status,
    /// The sentence it was read from.
    pub evidence: String,
}

/// Membership of an actor in an organization.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Membership {
    /// The member, an index into `entities`.
    pub member: usize,
    /// The organization, an index into `entities`.
    pub organization: usize,
    /// The sentence it was read from.
    pub evidence: String,
}

/// The contract's event classes, plus [`EventClass::Event`] for other PLOVER types.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventClass {
    /// Face-to-face talks.
    Meeting,
    /// A telephone or video call.
    PhoneCall,
    /// A trip by an actor to a place or another actor.
    Visit,
    /// A multilateral summit or conference.
    Summit,
    /// Something said: a quote or reported speech.
    Statement,
    /// A signed or announced agreement.
    Agreement,
    /// Use of armed force.
    MilitaryAction,
    /// Any other PLOVER event (demand, threat, sanction, accusation, aid, ...).
    Event,
}

impl EventClass {
    /// Parses the class name used in pattern data files.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "Meeting" => Self::Meeting,
            "PhoneCall" => Self::PhoneCall,
            "Visit" => Self::Visit,
            "Summit" => Self::Summit,
            "Statement" => Self::Statement,
            "Agreement" => Self::Agreement,
            "MilitaryAction" => Self::MilitaryAction,
            "Event" => Self::Event,
            _ => return None,
        })
    }

    /// The class's local name in the ontology.
    pub fn name(self) -> &'static str {
        match self {
            Self::Meeting => "Meeting",
            Self::PhoneCall => "PhoneCall",
            Self::Visit => "Visit",
            Self::Summit => "Summit",
            Self::Statement => "Statement",
            Self::Agreement => "Agreement",
            Self::MilitaryAction => "MilitaryAction",
            Self::Event => "Event",
        }
    }
}

/// Whether the text reports an event as having happened.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Announced or expected, in the future.
    Planned,
    /// Conditional or counterfactual ("would end the war if").
    Hypothetical,
    /// Explicitly did not happen ("did not meet", "refused to").
    Negated,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A calendar day.
    Day,
    /// The week starting on the given Monday.
    Week,
    /// A month (`YYYY-MM`).
    Month,
    /// A year (`YYYY`).
    Year,
}

/// A date resolved against the publication date.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventDate {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// Its precision.
    pub granularity: Granularity,
    /// The words it was read from ("on Thursday").
    pub text: String,
}

/// An event read from one sentence.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Event {
    /// Contract class.
    pub class: EventClass,
    /// CAMEO code of the trigger pattern.
    pub cameo: String,
    /// PLOVER category of the trigger pattern.
    pub plover: String,
    /// The words that triggered it ("held secret talks").
    pub trigger: String,
    /// Every actor taking part (indices into `entities`).
    pub participants: Vec<usize>,
    /// Actors that act, where the event has a direction.
    pub sources: Vec<usize>,
    /// Actors acted upon, where the event has a direction.
    pub targets: Vec<usize>,
    /// For statements: who spoke.
    pub speaker: Option<usize>,
    /// For statements: to whom.
    pub addressee: Option<usize>,
    /// For statements: the quoted words.
    pub quote: Option<String>,
    /// Where it happened.
    pub place: Option<usize>,
    /// Destination places or countries of a visit (not the event's place unless a
    /// city or venue is named).
    pub destinations: Vec<usize>,
    /// When it happened.
    pub date: Option<EventDate>,
    /// Absent when reported as having happened.
    pub modality: Option<Modality>,
    /// Outlet or actor the report is attributed to.
    pub reported_by: Option<usize>,
    /// The sentence it was read from.
    pub evidence: String,
    /// Index of that sentence in the document.
    pub sentence: usize,
}

impl Event {
    /// An event of `class` read from `trigger` in sentence `sentence` (its text is the
    /// evidence), with no participants, place, date or modality yet.
    pub fn new(
        class: EventClass,
        (cameo, plover): (&str, &str),
        trigger: &str,
        evidence: &str,
        sentence: usize,
    ) -> Self {
        Self {
            class,
            cameo: cameo.to_string(),
            plover: plover.to_string(),
            trigger: trigger.to_string(),
            participants: Vec::new(),
            sources: Vec::new(),
            targets: Vec::new(),
            speaker: None,
            addressee: None,
            quote: None,
            place: None,
            destinations: Vec::new(),
            date: None,
            modality: None,
            reported_by: None,
            evidence: evidence.to_string(),
            sentence,
        }
    }
}

/// Article-level facts for the RDF mapping.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ArticleInfo {
    /// Stable identity of the article: its URL, or `sha256:` of its content.
    pub key: String,
    /// Headline.
    pub headline: Option<String>,
    /// Publication date, ISO.
    pub date_published: Option<String>,
    /// URL as given.
    pub url: Option<String>,
    /// The publishing outlet, an index into `entities`.
    pub publisher: Option<usize>,
    /// Outlets credited with contributing ("The Associated Press contributed").
    pub contributors: Vec<usize>,
    /// Where the article was read from.
    pub origin: String,
    /// Number of sentences analysed.
    pub sentences: usize,
}

/// Everything extracted from one article: what `extract --format json` prints and what
/// `rdf.rs` maps to the article's named graph.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Extraction {
    /// The article itself.
    pub article: ArticleInfo,
    /// Actors and places, after coreference.
    pub entities: Vec<Entity>,
    /// Positions held by people.
    pub positions: Vec<Position>,
    /// Memberships in organizations.
    pub memberships: Vec<Membership>,
    /// Events.
    pub events: Vec<Event>,
}
