//! Security questions: the predefined set (localised), the organisation's own,
//! and how answers are normalised before they are hashed.

use serde::{Deserialize, Serialize};

use crate::model::language::Language;
use crate::model::settings::OrgSettings;
use crate::model::values::ParseError;

/// The predefined questions: an id and the text in each language, in
/// [`Language::ALL`]'s order.
/// Chosen, as Entra's are, for answers that are memorable, stable and not
/// found on a social profile.
const PREDEFINED: [(&str, [&str; 7]); 10] = [
    (
        "q01",
        [
            "In what city did you meet your first spouse or partner?",
            "Dans quelle ville avez-vous rencontré votre premier conjoint ou partenaire ?",
            "In welcher Stadt haben Sie Ihren ersten Ehepartner oder Partner kennengelernt?",
            "¿En qué ciudad conoció a su primer cónyuge o pareja?",
            "Em que cidade você conheceu seu primeiro cônjuge ou parceiro?",
            "最初の配偶者またはパートナーと出会った都市はどこですか？",
            "في أي مدينة التقيت بزوجك الأول أو شريك حياتك الأول؟",
        ],
    ),
    (
        "q02",
        [
            "What was the name of your first pet?",
            "Quel était le nom de votre premier animal de compagnie ?",
            "Wie hieß Ihr erstes Haustier?",
            "¿Cómo se llamaba su primera mascota?",
            "Qual era o nome do seu primeiro animal de estimação?",
            "最初に飼ったペットの名前は何ですか？",
            "ما اسم أول حيوان أليف اقتنيته؟",
        ],
    ),
    (
        "q03",
        [
            "What is the first name of your oldest cousin?",
            "Quel est le prénom de votre cousin ou cousine le plus âgé ?",
            "Wie lautet der Vorname Ihres ältesten Cousins oder Ihrer ältesten Cousine?",
            "¿Cuál es el nombre de su primo o prima mayor?",
            "Qual é o primeiro nome do seu primo ou prima mais velho?",
            "最年長のいとこの名前は何ですか？",
            "ما الاسم الأول لأكبر أبناء عمومتك أو أخوالك سنًّا؟",
        ],
    ),
    (
        "q04",
        [
            "What was the name of the street you lived on at age ten?",
            "Quel était le nom de la rue où vous habitiez à dix ans ?",
            "Wie hieß die Straße, in der Sie mit zehn Jahren wohnten?",
            "¿Cómo se llamaba la calle donde vivía a los diez años?",
            "Qual era o nome da rua onde você morava aos dez anos?",
            "10歳のときに住んでいた通りの名前は何ですか？",
            "ما اسم الشارع الذي كنت تسكن فيه وأنت في العاشرة من عمرك؟",
        ],
    ),
    (
        "q05",
        [
            "What was the make of your first car?",
            "Quelle était la marque de votre première voiture ?",
            "Welche Marke hatte Ihr erstes Auto?",
            "¿De qué marca era su primer coche?",
            "Qual era a marca do seu primeiro carro?",
            "最初の車のメーカーは何でしたか？",
            "ما العلامة التجارية لأول سيارة امتلكتها؟",
        ],
    ),
    (
        "q06",
        [
            "What was the first concert you went to?",
            "Quel a été le premier concert auquel vous avez assisté ?",
            "Welches war das erste Konzert, das Sie besucht haben?",
            "¿Cuál fue el primer concierto al que asistió?",
            "Qual foi o primeiro show a que você assistiu?",
            "初めて行ったコンサートは何でしたか？",
            "ما أول حفل موسيقي حضرته؟",
        ],
    ),
    (
        "q07",
        [
            "What was your childhood nickname?",
            "Quel était votre surnom d'enfance ?",
            "Wie lautete Ihr Spitzname als Kind?",
            "¿Cuál era su apodo de la infancia?",
            "Qual era o seu apelido de infância?",
            "子どもの頃のあだ名は何でしたか？",
            "ما اللقب الذي كان يُطلق عليك في طفولتك؟",
        ],
    ),
    (
        "q08",
        [
            "In what town was your first job?",
            "Dans quelle ville avez-vous eu votre premier emploi ?",
            "In welcher Stadt hatten Sie Ihre erste Arbeitsstelle?",
            "¿En qué ciudad tuvo su primer empleo?",
            "Em que cidade foi o seu primeiro emprego?",
            "最初の仕事はどの町でしたか？",
            "في أي مدينة كانت وظيفتك الأولى؟",
        ],
    ),
    (
        "q09",
        [
            "What is the name of the teacher who most influenced you?",
            "Quel est le nom de l'enseignant qui vous a le plus marqué ?",
            "Wie heißt die Lehrkraft, die Sie am meisten geprägt hat?",
            "¿Cómo se llama el profesor que más le influyó?",
            "Qual é o nome do professor que mais o influenciou?",
            "最も影響を受けた先生の名前は何ですか？",
            "ما اسم المعلم الذي كان له أكبر أثر فيك؟",
        ],
    ),
    (
        "q10",
        [
            "What was the name of your favourite childhood book?",
            "Quel était le titre de votre livre préféré pendant l'enfance ?",
            "Wie hieß Ihr Lieblingsbuch als Kind?",
            "¿Cómo se llamaba su libro favorito de la infancia?",
            "Qual era o nome do seu livro favorito na infância?",
            "子どもの頃に好きだった本の題名は何ですか？",
            "ما عنوان كتابك المفضل في طفولتك؟",
        ],
    ),
];

/// A question's id: `q` and two digits for a predefined question, `c` and
/// eight hex digits for an organisation's own. Whether the organisation
/// offers it is [`exists`]'s to say; the type only keeps the shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct QuestionId(String);

impl QuestionId {
    /// An id as a client sent it; a wrong shape is refused as a question the
    /// organisation does not offer (which it cannot be).
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        let shaped = |prefix: &str, len: usize| {
            raw.strip_prefix(prefix)
                .is_some_and(|rest| rest.len() == len && rest.bytes().all(|b| b.is_ascii_hexdigit()))
        };
        if shaped("q", 2) || shaped("c", 8) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ParseError::new("question_id", "is not one of this organisation's questions"))
        }
    }

    /// A new custom question's id from eight random hex digits.
    pub fn custom(hex: &str) -> Self {
        Self(format!("c{hex}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for QuestionId {
    type Error = ParseError;

    fn try_from(raw: String) -> Result<Self, ParseError> {
        Self::parse(&raw)
    }
}

impl From<QuestionId> for String {
    fn from(id: QuestionId) -> String {
        id.0
    }
}

impl PartialEq<&str> for QuestionId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for QuestionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An organisation's own question (shown as written, in every language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomQuestion {
    /// `c` and 8 hex digits, never reused.
    pub id: QuestionId,
    pub text: String,
}

/// Most custom questions an organisation may add.
pub const MAX_CUSTOM: usize = 20;
/// Most questions a user may register.
pub const MAX_REGISTERED: usize = 5;
/// A custom question's length in characters, after spacing is tidied.
const CUSTOM_CHARS: std::ops::RangeInclusive<usize> = 10..=200;

/// One custom question as an administrator submits it: `id` keeps an
/// existing question (its wording may be corrected and its answers stay
/// valid); no `id` adds a new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomQuestionEdit {
    pub id: Option<QuestionId>,
    pub text: String,
}

/// The organisation's custom questions after `edits`, which replace the list:
/// a question left out is removed. New questions get ids from `new_id`, never
/// an old one's, so an answer given to a removed question can never be
/// taken for an answer to a new one.
pub fn edit_custom(
    current: &[CustomQuestion],
    edits: &[CustomQuestionEdit],
    mut new_id: impl FnMut() -> QuestionId,
) -> Result<Vec<CustomQuestion>, ParseError> {
    if edits.len() > MAX_CUSTOM {
        return Err(ParseError::new("questions", format!("may hold at most {MAX_CUSTOM} custom questions")));
    }
    let mut out: Vec<CustomQuestion> = Vec::with_capacity(edits.len());
    for (i, edit) in edits.iter().enumerate() {
        let n = i + 1;
        let text = edit.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !CUSTOM_CHARS.contains(&text.chars().count()) || text.chars().any(char::is_control) {
            return Err(ParseError::new(
                "questions",
                format!("question {n} must be 10 to 200 characters, without control characters"),
            ));
        }
        if out.iter().any(|q| q.text.to_lowercase() == text.to_lowercase()) {
            return Err(ParseError::new("questions", format!("question {n} repeats an earlier one")));
        }
        let id = match &edit.id {
            Some(id) if !current.iter().any(|q| &q.id == id) => {
                return Err(ParseError::new(
                    "questions",
                    format!("question {n} has an id that is not one of the custom questions"),
                ));
            }
            Some(id) if out.iter().any(|q| &q.id == id) => {
                return Err(ParseError::new("questions", format!("question {n} repeats an earlier id")));
            }
            Some(id) => id.clone(),
            None => new_id(),
        };
        out.push(CustomQuestion { id, text });
    }
    Ok(out)
}

/// Every question the organisation offers, `(id, text)`, predefined ones in `lang`.
pub fn catalogue(settings: &OrgSettings, lang: Language) -> Vec<(QuestionId, String)> {
    let index = Language::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let mut out: Vec<(QuestionId, String)> = PREDEFINED
        .iter()
        .map(|(id, texts)| (QuestionId((*id).to_owned()), texts[index].to_owned()))
        .collect();
    out.extend(settings.questions.custom.iter().take(MAX_CUSTOM).map(|c| (c.id.clone(), c.text.clone())));
    out
}

/// Whether `id` is one of the organisation's questions.
pub fn exists(settings: &OrgSettings, id: &QuestionId) -> bool {
    PREDEFINED.iter().any(|(q, _)| *q == id.as_str()) || settings.questions.custom.iter().any(|c| &c.id == id)
}

/// The text of question `id` in `lang`.
pub fn text(settings: &OrgSettings, id: &QuestionId, lang: Language) -> Option<String> {
    catalogue(settings, lang).into_iter().find(|(q, _)| q == id).map(|(_, t)| t)
}

/// An answer as it is hashed and compared: Unicode NFKC, lower case, inner
/// whitespace collapsed, ends trimmed — so "  Paris " and "paris" match.
/// Between 3 and 40 characters after that.
pub fn normalise_answer(raw: &str) -> Result<String, ParseError> {
    let folded: String = crate::model::values::nfkc(raw).chars().flat_map(char::to_lowercase).collect();
    // Lower-casing can leave combining marks out of canonical order (`İ` is
    // `i` + U+0307, which must sort after some marks that follow it), so the
    // text is normalised again: equivalent answers always hash the same.
    let folded = crate::model::values::nfkc(&folded);
    let answer = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    match answer.chars().count() {
        0..=2 => Err(ParseError::new("answer", "must be at least 3 characters")),
        41.. => Err(ParseError::new("answer", "must be at most 40 characters")),
        _ => Ok(answer),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(id: Option<&str>, text: &str) -> CustomQuestionEdit {
        CustomQuestionEdit { id: id.map(|i| QuestionId::parse(i).unwrap()), text: text.to_owned() }
    }

    #[cfg(feature = "nfkc")]
    #[test]
    fn normalising_an_answer_twice_changes_nothing() {
        // Found by the `answer` fuzz target: a capital dotted I before a Hebrew point.
        for raw in ["\u{130}\u{5bb}bc", "Ab\u{130}\u{5bb}", "Ça Va Bien", "ＦＵＬＬ　ＷＩＤＴＨ"] {
            let once = normalise_answer(raw).unwrap();
            assert_eq!(normalise_answer(&once).unwrap(), once, "{raw:?}");
        }
    }

    #[test]
    fn a_question_id_has_a_predefined_or_a_custom_shape() {
        for good in ["q01", "q10", "c00000001", "c0a1b2c3d"] {
            assert_eq!(QuestionId::parse(good).map(|q| q.to_string()), Ok(good.to_owned()));
        }
        for bad in ["", "q1", "q001", "c99", "x01", "m1", "c0000000g", "q01 "] {
            assert!(QuestionId::parse(bad).is_err(), "{bad:?}");
        }
        let stored: Result<QuestionId, _> = serde_json::from_str("\"nope\"");
        assert!(stored.is_err(), "a stored id is checked too");
    }

    #[test]
    fn custom_questions_are_tidied_checked_and_never_reuse_an_id() {
        let current = vec![CustomQuestion {
            id: QuestionId::parse("c00000001").unwrap(),
            text: "Which office did you start in?".into(),
        }];
        let mut n = 1;
        let mut ids = || {
            n += 1;
            QuestionId::parse(&format!("c{n:08}")).unwrap()
        };
        let edited = edit_custom(
            &current,
            &[
                edit(Some("c00000001"), "  Which   office did you start in first? "),
                edit(None, "Your first team's name?"),
            ],
            &mut ids,
        )
        .expect("valid");
        assert_eq!(
            edited[0],
            CustomQuestion {
                id: QuestionId::parse("c00000001").unwrap(),
                text: "Which office did you start in first?".into()
            }
        );
        assert_eq!(edited[1].id, "c00000002", "a new id, not a removed question's");

        let refused = |edits: &[CustomQuestionEdit]| {
            edit_custom(&current, edits, || QuestionId::custom("0000000f")).unwrap_err()
        };
        assert!(refused(&[edit(None, "Too short")]).message.contains("10 to 200"));
        assert!(refused(&[edit(None, &"x".repeat(201))]).message.contains("10 to 200"));
        assert!(refused(&[edit(None, "Pet's name\u{7}?")]).message.contains("control"));
        let twice = [edit(None, "Your first car?!"), edit(None, "your FIRST car?!")];
        assert!(refused(&twice).message.contains("repeats an earlier one"));
        assert!(refused(&[edit(Some("c00000099"), "Your first car?!")]).message.contains("not one of"));
        let same_id =
            [edit(Some("c00000001"), "Your first car?!"), edit(Some("c00000001"), "Your first bike?")];
        assert!(refused(&same_id).message.contains("earlier id"));
        let many: Vec<_> = (0..=MAX_CUSTOM).map(|i| edit(None, &format!("Question number {i}?"))).collect();
        let err = refused(&many);
        assert_eq!((err.field, err.message.contains("at most 20")), ("questions", true));
        assert!(edit_custom(&current, &[], || unreachable!()).unwrap().is_empty(), "all removed");
    }

    #[test]
    fn every_question_is_written_in_every_language() {
        for (id, texts) in PREDEFINED {
            for (lang, text) in Language::ALL.iter().zip(texts) {
                assert!(!text.trim().is_empty(), "{id} in {lang}");
                let mark = if *lang == Language::Ja { '？' } else { '?' };
                assert!(text.ends_with(mark) || text.ends_with('؟'), "{id} in {lang} is a question: {text}");
            }
            let distinct: std::collections::BTreeSet<_> = texts.iter().collect();
            assert_eq!(distinct.len(), Language::ALL.len(), "{id} is written in each language");
        }
        let settings = OrgSettings::default();
        let q02 = QuestionId::parse("q02").unwrap();
        assert_ne!(text(&settings, &q02, Language::En), text(&settings, &q02, Language::De));
        assert_eq!(text(&settings, &q02, Language::Ar).as_deref(), Some("ما اسم أول حيوان أليف اقتنيته؟"));
    }

    #[test]
    fn answers_are_normalised_and_bounded() {
        assert_eq!(normalise_answer("  Rex   the  DOG ").unwrap(), "rex the dog");
        assert_eq!(normalise_answer("Ｐａｒｉｓ").unwrap(), "paris");
        assert!(normalise_answer(" ab ").is_err());
        assert!(normalise_answer(&"x".repeat(41)).is_err());
    }
}
